import { loadReferenceData, NameIndex } from '../reference';
import { matchNames, matchRank, matchReferenceNames, namePrefixQuery, nameWords } from './name-lookup';

const index = new NameIndex(loadReferenceData());
const firstId = (text: string) => matchReferenceNames(index, text, 5)[0]?.id;

describe('matchRank', () => {
  it('ranks a whole name before its beginning, and that before the beginnings of its words', () => {
    expect(matchRank(['mark', 'rutte'], ['mark', 'rutte'])).toBe(0);
    expect(matchRank(['mark', 'ru'], ['mark', 'rutte'])).toBe(1);
    expect(matchRank(['rut'], ['mark', 'rutte'])).toBe(2);
    expect(matchRank(['rutte', 'mark'], ['mark', 'rutte'])).toBeNull();
    expect(matchRank([], ['mark'])).toBeNull();
  });
});

describe('matchReferenceNames', () => {
  it.each([
    ['Mark Rutte', 'person:rutte'],
    ['rutte', 'person:rutte'],
    ['Oekraïne', 'country:UKR'],
    ['oekrai', 'country:UKR'],
    ['open deur', 'topic:open-door'],
    ['country:UKR', 'country:UKR'],
  ])('finds %s as %s first', (text, id) => {
    expect(firstId(text)).toBe(id);
  });

  it('says which name matched and whether it was all of it', () => {
    expect(matchReferenceNames(index, 'Oekraïne', 1)).toEqual([{ id: 'country:UKR', matched: 'Oekraïne', exact: true }]);
    expect(matchReferenceNames(index, 'oekr', 1)[0]).toMatchObject({ id: 'country:UKR', exact: false });
  });

  it('gives no more than asked, and nothing for a name nothing has', () => {
    expect(matchReferenceNames(index, 'a', 3)).toHaveLength(3);
    expect(matchReferenceNames(index, 'qqqzzz', 5)).toEqual([]);
  });
});

describe('matchNames', () => {
  it('finds the best of one node\'s names, ignoring accents', () => {
    expect(matchNames('vilnius', ['Vilnius Summit 2023', 'NAVO-top Vilnius', 'Vilnius'])).toEqual({ matched: 'Vilnius', exact: true });
    expect(matchNames('oekraine', ['Ukraine', 'Oekraïne'])).toEqual({ matched: 'Oekraïne', exact: true });
    expect(matchNames('london', ['Ukraine'])).toBeNull();
  });
});

describe('namePrefixQuery', () => {
  it('makes every word a required prefix, with nothing Lucene would read as syntax', () => {
    expect(namePrefixQuery('Brussel (2021)')).toBe('brussel* AND 2021*');
    expect(namePrefixQuery('"NOT" AND ~x')).toBe('not* AND and* AND x*');
    expect(nameWords('Open-deurbeleid')).toEqual(['open', 'deurbeleid']);
  });
});
