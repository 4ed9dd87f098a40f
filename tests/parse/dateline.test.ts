import assert from 'node:assert/strict';
import test from 'node:test';
import { daysInMonth, findDateHints, isoWeekday, localDate, parseIsoDate, parsePrefix, parseStampLine } from '../../src/parse/dateline.ts';

test('should read the date prefix with year, month or day precision', () => {
  assert.deepEqual(parsePrefix(' date 2020'), { date: { iso: '2020', precision: 'year' }, written: '2020', restColumn: 11, rest: '' });
  assert.deepEqual(parsePrefix(' date 2021-04 Biden opfordrer Putin'), {
    date: { iso: '2021-04', precision: 'month' },
    written: '2021-04',
    restColumn: 15,
    rest: 'Biden opfordrer Putin',
  });
  assert.deepEqual(parsePrefix('date 2022-02-21 Overskrift')?.date, { iso: '2022-02-21', precision: 'day' });
});

test('should read a prefix with a time of day at minute precision', () => {
  assert.deepEqual(parsePrefix(' date 2022-02-21T10:30 Kommunen åbner nyt bibliotek'), {
    date: { iso: '2022-02-21T10:30', precision: 'minute' },
    written: '2022-02-21T10:30',
    restColumn: 24,
    rest: 'Kommunen åbner nyt bibliotek',
  });
  assert.deepEqual(parsePrefix('date 2022-02-21T10:30:15 Overskrift')?.date, { iso: '2022-02-21T10:30', precision: 'minute' });
  assert.deepEqual(parsePrefix(' date 2022-02-21T25:30 Overskrift'), { date: null, written: '2022-02-21T25:30', restColumn: 24, rest: 'Overskrift' });
});

test('should keep an impossible prefix date as written, without a date', () => {
  assert.deepEqual(parsePrefix(' date 2021-13-40 Overskrift'), { date: null, written: '2021-13-40', restColumn: 18, rest: 'Overskrift' });
});

test('should not read a first line without the prefix', () => {
  assert.equal(parsePrefix('Dato for mødet 2021'), null);
  assert.equal(parsePrefix('Datoen 2021-04 er sat'), null);
});

test('should read ISO dates as written in front matter', () => {
  assert.deepEqual(parseIsoDate('2021'), { iso: '2021', precision: 'year' });
  assert.deepEqual(parseIsoDate('2021-04'), { iso: '2021-04', precision: 'month' });
  assert.deepEqual(parseIsoDate('2022-02-24'), { iso: '2022-02-24', precision: 'day' });
  assert.deepEqual(parseIsoDate('2022-02-24T05:10'), { iso: '2022-02-24T05:10', precision: 'minute' });
});

test('should read a date-time with an offset as Copenhagen time without shifting the day', () => {
  assert.deepEqual(parseIsoDate('2022-02-24T05:10:00+01:00'), { iso: '2022-02-24T05:10', precision: 'minute' });
  assert.deepEqual(parseIsoDate('2022-02-24T04:10:00Z'), { iso: '2022-02-24T05:10', precision: 'minute' });
  assert.deepEqual(parseIsoDate('2022-06-30T22:30:00Z'), { iso: '2022-07-01T00:30', precision: 'minute' });
});

test('should refuse impossible dates', () => {
  assert.equal(parseIsoDate('2021-13-40'), null);
  assert.equal(parseIsoDate('2022-02-30'), null);
  assert.equal(parseIsoDate('2022-02-24T25:10'), null);
  assert.equal(parseIsoDate('i går'), null);
  assert.equal(localDate(2021, 13), null);
});

test('should read date stamps in every form to the minute', () => {
  const stamps: Record<string, string> = {
    '30/01/2022 KL. 06:40': '2022-01-30T06:40',
    '04 januar 2010 kl. 08.50': '2010-01-04T08:50',
    'Torsdag 24. februar 2022 kl. 12.45': '2022-02-24T12:45',
    'Torsdag den 24. februar 2022, kl. 12.45': '2022-02-24T12:45',
    '2018-01-30T17:32:18': '2018-01-30T17:32',
    '24.02.2022 12:45': '2022-02-24T12:45',
    'Publiceret 24. feb. 2022 - 12:45': '2022-02-24T12:45',
    'Opdateret: 3. sept. 2021 | 09.05': '2021-09-03T09:05',
    '11/04/2022 KL. 18:00': '2022-04-11T18:00',
  };
  for (const [written, iso] of Object.entries(stamps)) {
    assert.deepEqual(parseStampLine(written), { iso, precision: 'minute', author: null }, written);
  }
});

test('should read a byline written in front of a stamp as its author', () => {
  assert.deepEqual(parseStampLine('Morten Jasper 08. aug. 2023 KL. 08.53'), { iso: '2023-08-08T08:53', precision: 'minute', author: 'Morten Jasper' });
});

test('should read a stamp without time to the day', () => {
  assert.deepEqual(parseStampLine('Torsdag 24. februar 2022'), { iso: '2022-02-24', precision: 'day', author: null });
  assert.deepEqual(parseStampLine('1. marts 2022 | Opdateret 2. marts'), { iso: '2022-03-01', precision: 'day', author: null });
});

test('should not read a sentence that mentions a date as a stamp', () => {
  assert.equal(parseStampLine('Invasionen begyndte 24. februar 2022.'), null);
  assert.equal(parseStampLine('Den 29. oktober 2008 gik Sterling konkurs'), null);
  assert.equal(parseStampLine('1. maj 2019 12 dræbt'), null);
});

test('should find weekday and full-date mentions that can date an article', () => {
  assert.deepEqual(findDateHints('Mødet er torsdag 24. februar. Invasionen begyndte 24. februar 2022, og fredag den 25. feb. flygtede de.', 7), [
    { line: 7, text: 'torsdag 24. februar', day: 24, month: 2, year: null, weekday: 4 },
    { line: 7, text: '24. februar 2022', day: 24, month: 2, year: 2022, weekday: null },
    { line: 7, text: 'fredag den 25. feb.', day: 25, month: 2, year: null, weekday: 5 },
  ]);
});

test('should ignore a day and month without weekday or year, and impossible days', () => {
  assert.deepEqual(findDateHints('Aftalen fra 17. september gælder. Mandag 31. april skete intet.', 1), []);
});

test('should do calendar arithmetic without time zones', () => {
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(2023, 2), 28);
  assert.equal(daysInMonth(2022, 12), 31);
  assert.equal(isoWeekday(2022, 2, 24), 4, 'a Thursday');
  assert.equal(isoWeekday(2022, 2, 27), 7, 'a Sunday');
  assert.equal(isoWeekday(2021, 3, 1), 1, 'a Monday');
});

test('should agree with the Date object on every day from 1600 to 2400', () => {
  const wrong: string[] = [];
  for (let year = 1600; year <= 2400; year++) {
    for (let month = 1; month <= 12; month++) {
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (daysInMonth(year, month) !== days) wrong.push(`${year}-${month} has ${days} days`);
      for (let day = 1; day <= days; day++) {
        const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
        if (isoWeekday(year, month, day) !== weekday) wrong.push(`${year}-${month}-${day} is weekday ${weekday}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});
