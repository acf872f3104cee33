import { foldName, foldText, slugify } from './fold-text';
import { isIsoDate } from './iso-date';

describe('foldText', () => {
  it('lowercases, strips diacritics and folds hyphens and whitespace runs to one space', () => {
    expect(foldText('Oekraïne').text).toBe('oekraine');
    expect(foldText('NAVO-lidstaten').text).toBe('navo lidstaten');
    expect(foldText('trans-\n  Atlantische').text).toBe('trans atlantische');
    expect(foldText('China’s Zuid‑Korea').text).toBe("china's zuid korea");
    expect(foldText('geanno\u00ADteerde').text).toBe('geannoteerde');
  });

  it('maps every folded character back to the original text', () => {
    const original = 'De  Oekraïense\r\nPresident';
    const folded = foldText(original);
    expect(folded.text).toBe('de oekraiense president');
    const at = (i: number) => original.slice(folded.starts[i], folded.ends[i]);
    expect(at(2)).toBe('  ');
    expect(at(folded.text.indexOf('i'))).toBe('ï');
    expect(at(folded.text.lastIndexOf(' '))).toBe('\r\n');
    expect(original.slice(folded.starts[3], folded.ends[folded.text.length - 1])).toBe('Oekraïense\r\nPresident');
  });

  it('marks letters and digits as word characters', () => {
    const folded = foldText('EU-2%');
    expect(Array.from(folded.word)).toEqual([1, 1, 0, 1, 0]);
  });
});

describe('foldName and slugify', () => {
  it('trims and folds names', () => {
    expect(foldName('  Open-Deurbeleid ')).toBe('open deurbeleid');
  });

  it('makes ASCII slugs', () => {
    expect(slugify('The Hague')).toBe('the-hague');
    expect(slugify('Bosnië en Herzegovina')).toBe('bosnie-en-herzegovina');
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2021-6-14')).toBe(false);
    expect(isIsoDate('14 juni 2021')).toBe(false);
  });
});
