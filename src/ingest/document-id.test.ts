import { contentHash, documentIdOf, sameDocumentMessage } from './document-id';

const TEXT = 'Geachte voorzitter,\n\nHierbij bied ik u de geannoteerde agenda aan voor de NAVO-Top\nin Washington.\n';

describe('documentIdOf', () => {
  it('is the Kamerstuk number when the letter states one, whatever the file is called', () => {
    expect(documentIdOf({ fileName: 'brief.txt', text: TEXT }, '28676-372')).toBe('document:kst-28676-372');
    expect(documentIdOf({ fileName: 'other.md', text: 'another text' }, '28676-372')).toBe('document:kst-28676-372');
  });

  it('is a readable slug of the file name and a hash of the text otherwise', () => {
    expect(documentIdOf({ fileName: '000_C79bb Brief.txt', text: TEXT }, null)).toMatch(/^document:000-c79bb-brief-[0-9a-f]{8}$/);
    expect(documentIdOf({ fileName: '___.txt', text: TEXT }, null)).toMatch(/^document:letter-[0-9a-f]{8}$/);
  });

  it('gives two different letters of the same file name different ids', () => {
    const a = documentIdOf({ fileName: 'agenda.txt', text: TEXT }, null);
    const b = documentIdOf({ fileName: 'agenda.txt', text: TEXT.replace('Washington', 'Vilnius') }, null);
    expect(a).not.toBe(b);
  });

  it('keeps the id of the same text with its lines wrapped otherwise, Windows line ends or trailing spaces', () => {
    const id = documentIdOf({ fileName: 'agenda.txt', text: TEXT }, null);
    expect(documentIdOf({ fileName: 'agenda.txt', text: TEXT.replace(/\n/g, '\r\n') }, null)).toBe(id);
    expect(documentIdOf({ fileName: 'agenda.txt', text: TEXT.replace('NAVO-Top\nin', 'NAVO-Top in').replace('voorzitter,', 'voorzitter,   ') }, null)).toBe(id);
    expect(contentHash('e\u0301')).toBe(contentHash('\u00e9'));
  });
});

it('names both files and the id when two files are one document', () => {
  const message = sameDocumentMessage('document:kst-28676-372', 'a/brief.txt', 'b/brief.txt');
  expect(message).toContain('a/brief.txt');
  expect(message).toContain('b/brief.txt');
  expect(message).toContain('document:kst-28676-372');
});
