import { describe, expect, it } from 'vitest';
import { compareNewestFirst, formatPartialDate, parsePartialDate } from '../../src/lib/dates/partial-date';

describe('parsePartialDate', () => {
  it.each([
    ['2013', 'year', '2013'],
    ['2013-11', 'month', 'November 2013'],
    ['2013-11-20', 'day', '20 November 2013'],
    [2015, 'year', '2015'],
  ] as const)('reads %s at %s precision and prints "%s"', (input, precision, printed) => {
    const date = parsePartialDate(input);
    expect(date?.precision).toBe(precision);
    expect(formatPartialDate(date!)).toBe(printed);
  });

  it('reads a YAML date object as a full day', () => {
    const date = parsePartialDate(new Date('2014-05-01T00:00:00Z'));
    expect(date).toMatchObject({ iso: '2014-05-01', precision: 'day' });
    expect(formatPartialDate(date!)).toBe('1 May 2014');
  });

  it.each(['November 2013', '2013-13', '2013-02-30', '13-11-2013', '', 'soon', null, undefined, {}])(
    'refuses %j',
    (input) => {
      expect(parsePartialDate(input)).toBeUndefined();
    },
  );

  it('never prints a day the source does not give', () => {
    expect(formatPartialDate(parsePartialDate('2013-11')!)).not.toMatch(/^\d+ /);
  });
});

describe('ordering and years', () => {
  it('sorts newest first, the more precise date first at an equal start', () => {
    const dates = ['2013', '2015-03', '2013-01-17', '2013-01'].map((iso) => parsePartialDate(iso)!);
    expect(dates.sort(compareNewestFirst).map((date) => date.iso)).toEqual([
      '2015-03',
      '2013-01-17',
      '2013-01',
      '2013',
    ]);
  });
});
