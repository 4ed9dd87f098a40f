import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { datetimeAttribute, formatDate, formatDateLong, toInstant } from '../../src/render/dates.ts';

test('should show a month-precision date without a made-up day', () => {
  assert.equal(formatDate({ iso: '2021-04', precision: 'month' }), 'april 2021');
  assert.equal(datetimeAttribute({ iso: '2021-04', precision: 'month' }), '2021-04');
});

test('should show day and minute precision in Danish', () => {
  assert.equal(formatDate({ iso: '2022-02-21', precision: 'day' }), '21. februar 2022');
  assert.equal(formatDateLong({ iso: '2022-02-21T06:12', precision: 'minute' }), 'mandag den 21. februar 2022, kl. 06.12');
  assert.equal(datetimeAttribute({ iso: '2022-02-21T06:12', precision: 'minute' }), '2022-02-21T06:12+01:00');
  assert.equal(datetimeAttribute({ iso: '2022-07-01T06:12', precision: 'minute' }), '2022-07-01T06:12+02:00');
});

test('should show a year-precision date as the year', () => {
  assert.equal(formatDate({ iso: '2020', precision: 'year' }), '2020');
});

/** The date as luxon sees it in Copenhagen, at the start of what the ISO text names. */
function luxon(iso: string): DateTime {
  const [day = '', time = ''] = iso.split('T');
  const [year, month = 1, dayOfMonth = 1] = day.split('-').map(Number);
  const [hour = 0, minute = 0] = time ? time.split(':').map(Number) : [];
  return DateTime.fromObject({ year, month, day: dayOfMonth, hour, minute }, { zone: 'Europe/Copenhagen', locale: 'da' });
}

const pad = (value: number) => String(value).padStart(2, '0');

test('should write every date, time, weekday and offset exactly as luxon does in Copenhagen', () => {
  const moment = fc.record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  });
  fc.assert(
    fc.property(moment, ({ year, month, day, hour, minute }) => {
      const minuteIso = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
      const dayIso = minuteIso.slice(0, 10);
      const at = luxon(minuteIso);
      assert.equal(formatDate({ iso: minuteIso, precision: 'minute' }), at.toFormat("d. LLLL yyyy', kl. 'HH.mm"));
      assert.equal(formatDateLong({ iso: minuteIso, precision: 'minute' }), `${at.toFormat('cccc')} den ${at.toFormat("d. LLLL yyyy', kl. 'HH.mm")}`);
      assert.equal(datetimeAttribute({ iso: minuteIso, precision: 'minute' }), at.toFormat("yyyy-MM-dd'T'HH:mmZZ"));
      assert.equal(toInstant({ iso: minuteIso }), at.toISO({ suppressMilliseconds: true }));
      assert.equal(formatDateLong({ iso: dayIso, precision: 'day' }), luxon(dayIso).toFormat("cccc 'den' d. LLLL yyyy"));
      assert.equal(toInstant({ iso: dayIso.slice(0, 7) }), luxon(dayIso.slice(0, 7)).toISO({ suppressMilliseconds: true }));
      assert.equal(formatDate({ iso: dayIso.slice(0, 7), precision: 'month' }), luxon(dayIso.slice(0, 7)).toFormat('LLLL yyyy'));
    }),
    { numRuns: 3000 },
  );
});

test('should follow luxon on the days the clocks change, also at times that do not exist or exist twice', () => {
  // Summer time began at 02:00 on 27 March 2022 and ended at 03:00 on 30 October 2022.
  assert.equal(datetimeAttribute({ iso: '2022-03-27T01:30', precision: 'minute' }), '2022-03-27T01:30+01:00');
  assert.equal(datetimeAttribute({ iso: '2022-03-27T03:30', precision: 'minute' }), '2022-03-27T03:30+02:00');
  assert.equal(datetimeAttribute({ iso: '2022-03-27T02:30', precision: 'minute' }), '2022-03-27T03:30+02:00');
  assert.equal(toInstant({ iso: '2022-10-30T12:00' }), '2022-10-30T12:00:00+01:00');
  assert.equal(formatDateLong({ iso: '2022-10-30T12:00', precision: 'minute' }), 'søndag den 30. oktober 2022, kl. 12.00');
});

test('should follow luxon on every day of the months the clocks change, 1990 to 2100', () => {
  for (let year = 1990; year <= 2100; year++) {
    for (const month of [3, 10]) {
      for (let day = 1; day <= 31; day++) {
        for (const time of ['00:00', '01:59', '03:00', '23:59']) {
          const iso = `${year}-${pad(month)}-${pad(day)}T${time}`;
          assert.equal(toInstant({ iso }), luxon(iso).toISO({ suppressMilliseconds: true }), iso);
        }
      }
    }
  }
});
