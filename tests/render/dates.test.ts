import assert from 'node:assert/strict';
import test from 'node:test';
import { datetimeAttribute, formatDate, formatDateLong } from '../../src/render/dates.ts';

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
