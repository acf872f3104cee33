import { findDates, parseDutchDate, type DateMention } from './dates';

/** The mentions in `text` as "text: start..end precision [inferred]", easy to read in a failure. */
function read(text: string, referenceDate?: string): string[] {
  return findDates(text, referenceDate === undefined ? {} : { referenceDate }).map(
    (d) => `${d.text}: ${d.startDate}..${d.endDate} ${d.precision}${d.yearInferred ? ' inferred' : ''}`,
  );
}

describe('findDates: days', () => {
  it('reads a day with its month and year', () => {
    expect(read('de Top van 14 juni 2021 in Brussel')).toEqual(['14 juni 2021: 2021-06-14..2021-06-14 day']);
    expect(read('sinds 1 juni 2021')).toEqual(['1 juni 2021: 2021-06-01..2021-06-01 day']);
    expect(read('op 20 november 2019.')).toEqual(['20 november 2019: 2019-11-20..2019-11-20 day']);
  });

  it('gives the offsets and words of each mention', () => {
    const [mention] = findDates('Op 7 juni 2021 (Kamerstuk)');
    expect(mention).toEqual<DateMention>({
      start: 3,
      end: 14,
      text: '7 juni 2021',
      startDate: '2021-06-07',
      endDate: '2021-06-07',
      yearInferred: false,
      precision: 'day',
    });
  });

  it('reads two consecutive days joined by "en" as one stretch', () => {
    expect(read('op 24 en 25 oktober 2019 vergaderden')).toEqual(['24 en 25 oktober 2019: 2019-10-24..2019-10-25 day']);
  });

  it('reads a year written without a space before it', () => {
    expect(read('AGENDA 23 EN 24 MAART2021')).toEqual(['23 EN 24 MAART2021: 2021-03-23..2021-03-24 day']);
  });

  it('reads ranges with a hyphen, a dash, t/m and tot en met', () => {
    expect(read('in Madrid (28-30 juni 2022)')).toEqual(['28-30 juni 2022: 2022-06-28..2022-06-30 day']);
    expect(read('van 28 – 30 juni 2022')).toEqual(['28 – 30 juni 2022: 2022-06-28..2022-06-30 day']);
    expect(read('van 2 t/m 5 mei 2022')).toEqual(['2 t/m 5 mei 2022: 2022-05-02..2022-05-05 day']);
    expect(read('van 2 tot en met 5 mei 2022')).toEqual(['2 tot en met 5 mei 2022: 2022-05-02..2022-05-05 day']);
  });

  it('ignores the names of weekdays but keeps them in the mention', () => {
    expect(read('op dinsdag 23 en woensdag 24 maart', '2021-03-01')).toEqual(['dinsdag 23 en woensdag 24 maart: 2021-03-23..2021-03-24 day inferred']);
  });

  it('reads a range across the end of a month, and of a year', () => {
    expect(read('van 30 november en 1 december 2021')).toEqual(['30 november en 1 december 2021: 2021-11-30..2021-12-01 day']);
    expect(read('van 30 december 2021 t/m 2 januari 2022')).toEqual(['30 december 2021 t/m 2 januari 2022: 2021-12-30..2022-01-02 day']);
    expect(read('van 31 december t/m 2 januari', '2021-12-01')).toEqual(['31 december t/m 2 januari: 2021-12-31..2022-01-02 day inferred']);
  });

  it('keeps days that are not one stretch apart', () => {
    expect(read('op 11 en 25 juli 2023')).toEqual(['11: 2023-07-11..2023-07-11 day', '25 juli 2023: 2023-07-25..2023-07-25 day']);
    expect(read('op 17 en 18 februari 2021 en 26 februari 2021')).toEqual([
      '17 en 18 februari 2021: 2021-02-17..2021-02-18 day',
      '26 februari 2021: 2021-02-26..2021-02-26 day',
    ]);
  });

  it('reads abbreviated and capitalized month names', () => {
    expect(read('op 7 jun. 2021, 3 sept. 2020, 1 mrt 2019, 9 Okt 2018 en 5 DEC. 2017')).toEqual([
      '7 jun. 2021: 2021-06-07..2021-06-07 day',
      '3 sept. 2020: 2020-09-03..2020-09-03 day',
      '1 mrt 2019: 2019-03-01..2019-03-01 day',
      '9 Okt 2018: 2018-10-09..2018-10-09 day',
      '5 DEC. 2017: 2017-12-05..2017-12-05 day',
    ]);
  });

  it('reads numeric dates', () => {
    expect(read('besluit van 14-06-2021 en 1/2/2020')).toEqual(['14-06-2021: 2021-06-14..2021-06-14 day', '1/2/2020: 2020-02-01..2020-02-01 day']);
  });

  it('skips dates that do not exist', () => {
    expect(read('op 31 juni 2021 en 29 februari 2021')).toEqual([]);
    expect(read('op 29 februari 2020')).toEqual(['29 februari 2020: 2020-02-29..2020-02-29 day']);
  });

  it('does not read numbers that are not days', () => {
    expect(read('artikel 5 van het verdrag, 30 bondgenoten en nr. 439 over 2%')).toEqual([]);
    expect(read('Kamerstuk 28676 nr. 356 en 2021Z06164')).toEqual([]);
  });
});

describe('findDates: years that are not written', () => {
  it('places "a.s." on the first such date on or after the reference', () => {
    expect(read('van 3 en 4 december a.s.', '2019-11-20')).toEqual(['3 en 4 december a.s.: 2019-12-03..2019-12-04 day inferred']);
    expect(read('op 10 januari a.s.', '2019-11-20')).toEqual(['10 januari a.s.: 2020-01-10..2020-01-10 day inferred']);
    expect(read('op 20 november aanstaande', '2019-11-20')).toEqual(['20 november aanstaande: 2019-11-20..2019-11-20 day inferred']);
  });

  it('places a month with "jl." or "a.s." before or after the reference', () => {
    expect(read('In februari jl. besloten de ministers', '2018-05-24')).toEqual(['februari jl.: 2018-02-01..2018-02-28 month inferred']);
    expect(read('in november jl.', '2019-01-10')).toEqual(['november jl.: 2018-11-01..2018-11-30 month inferred']);
    expect(read('in juni aanstaande', '2019-07-10')).toEqual(['juni aanstaande: 2020-06-01..2020-06-30 month inferred']);
  });

  it('places "jl." on the last such date on or before the reference', () => {
    expect(read('op 15 mei jl.', '2019-11-28')).toEqual(['15 mei jl.: 2019-05-15..2019-05-15 day inferred']);
    expect(read('op 20 december jl.', '2021-01-10')).toEqual(['20 december jl.: 2020-12-20..2020-12-20 day inferred']);
  });

  it('places "dit jaar", "vorig jaar" and "volgend jaar" by the reference year', () => {
    expect(read('op 29 februari vorig jaar', '2021-03-15')).toEqual(['29 februari vorig jaar: 2020-02-29..2020-02-29 day inferred']);
    expect(read('in december van dit jaar', '2021-03-15')).toEqual(['december van dit jaar: 2021-12-01..2021-12-31 month inferred']);
    expect(read('op 1 juli volgend jaar', '2021-03-15')).toEqual(['1 juli volgend jaar: 2022-07-01..2022-07-01 day inferred']);
  });

  it('otherwise takes the year that puts the date closest to the reference', () => {
    expect(read('Op 11 en 12 juli komen', '2023-06-30')).toEqual(['11 en 12 juli: 2023-07-11..2023-07-12 day inferred']);
    expect(read('op 4 december', '2019-11-20')).toEqual(['4 december: 2019-12-04..2019-12-04 day inferred']);
    expect(read('op 4 december', '2020-01-15')).toEqual(['4 december: 2019-12-04..2019-12-04 day inferred']);
    expect(read('op 14 januari', '2020-12-20')).toEqual(['14 januari: 2021-01-14..2021-01-14 day inferred']);
  });

  it('takes the year written at the end of a range for its start', () => {
    expect(read('op 30 november en 1 december 2021')[0]).not.toMatch(/inferred/);
  });

  it('accepts a reference given as a month or a year', () => {
    expect(read('op 4 december', '2019-11')).toEqual(['4 december: 2019-12-04..2019-12-04 day inferred']);
    expect(read('op 4 december', '2019')).toEqual(['4 december: 2019-12-04..2019-12-04 day inferred']);
  });

  it('leaves out a date without a year when there is no reference', () => {
    expect(read('op 3 en 4 december a.s. en op 20 november 2019')).toEqual(['20 november 2019: 2019-11-20..2019-11-20 day']);
    expect(read('in december van dit jaar')).toEqual([]);
  });

  it('rejects a reference that is not an ISO date', () => {
    expect(() => findDates('op 4 december', { referenceDate: '20-11-2019' })).toThrow(RangeError);
    expect(() => findDates('op 4 december', { referenceDate: '2019-02-30' })).toThrow(RangeError);
  });
});

describe('findDates: months and years', () => {
  it('reads a month with its year', () => {
    expect(read('mogelijk in juni 2021)')).toEqual(['juni 2021: 2021-06-01..2021-06-30 month']);
    expect(read('in februari 2024 en in dec. 2019')).toEqual(['februari 2024: 2024-02-01..2024-02-29 month', 'dec. 2019: 2019-12-01..2019-12-31 month']);
  });

  it('does not read a month without a year or relative word', () => {
    expect(read('waarschijnlijk in juni', '2021-03-01')).toEqual([]);
  });

  it('reads a year after in, van, sinds, tot, uit, vanaf, per', () => {
    expect(read('de Top in 2008, het concept uit 2010, sinds 2014, tot 2030, vanaf 2020 en per 2025')).toEqual([
      '2008: 2008-01-01..2008-12-31 year',
      '2010: 2010-01-01..2010-12-31 year',
      '2014: 2014-01-01..2014-12-31 year',
      '2030: 2030-01-01..2030-12-31 year',
      '2020: 2020-01-01..2020-12-31 year',
      '2025: 2025-01-01..2025-12-31 year',
    ]);
  });

  it('reads each year of a list', () => {
    expect(read('in 2024 en 2025')).toEqual(['2024: 2024-01-01..2024-12-31 year', '2025: 2025-01-01..2025-12-31 year']);
    expect(read('de periode (2024 en 2025)')).toEqual(['2024: 2024-01-01..2024-12-31 year', '2025: 2025-01-01..2025-12-31 year']);
  });

  it('reads a year in the name of a meeting', () => {
    expect(read('sinds Boekarest 2008 en Madrid 2022')).toEqual(['2008: 2008-01-01..2008-12-31 year', '2022: 2022-01-01..2022-12-31 year']);
    expect(read('de afspraken van Wales (2014)')).toEqual(['2014: 2014-01-01..2014-12-31 year']);
  });

  it('stays conservative about bare numbers and parts of years', () => {
    expect(read('NAVO 2030 en 2024 bataljons, in 2000 gevallen, van 2019 procent')).toEqual([]);
    expect(read('medio 2023, eind 2018 en begin 2020, Medio 2023')).toEqual([]);
    expect(read('februari 20211)')).toEqual([]);
  });

  it('prefers the most specific reading of overlapping phrases', () => {
    expect(read('in juni 2021 en op 14 juni 2021')).toEqual(['juni 2021: 2021-06-01..2021-06-30 month', '14 juni 2021: 2021-06-14..2021-06-14 day']);
  });
});

describe('parseDutchDate', () => {
  it('reads the first date in a phrase', () => {
    expect(parseDutchDate('Den Haag, 25 juni 2021')).toMatchObject({ startDate: '2021-06-25', precision: 'day', yearInferred: false });
    expect(parseDutchDate('3 en 4 december a.s.', '2019-11-20')).toMatchObject({ startDate: '2019-12-03', endDate: '2019-12-04', yearInferred: true });
  });

  it('returns null when the phrase names no date it can place', () => {
    expect(parseDutchDate('geen datum')).toBeNull();
    expect(parseDutchDate('3 en 4 december a.s.')).toBeNull();
  });
});
