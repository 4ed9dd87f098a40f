import assert from 'node:assert/strict';
import test from 'node:test';
import { archiveSpan, inferDate } from '../../src/enrich/dates.ts';
import type { DateHint } from '../../src/model/index.ts';
import { APRIL_2021, parsedArticle, THURSDAY_24_FEBRUARY } from '../support/records.ts';

const article = parsedArticle;


test('should widen the span of stated dates by one year on each side', () => {
  const span = archiveSpan([article('a', APRIL_2021), article('b', { iso: '2022-02-21', precision: 'day', source: 'stamp' })]);
  assert.deepEqual(span, { first: 2020, last: 2023 });
});

test('should leave inferred dates out of the span and give null without stated dates', () => {
  assert.equal(archiveSpan([article('a', { iso: '2022-02', precision: 'month', source: 'inferred' }), article('b', null)]), null);
});

test('should place "torsdag 24. februar" next to a 2021 article in February 2022', () => {
  const inference = inferDate([THURSDAY_24_FEBRUARY], { first: 2020, last: 2022 });
  assert.deepEqual(inference, { date: { iso: '2022-02', precision: 'month', source: 'inferred' }, hint: THURSDAY_24_FEBRUARY });
});

test('should pass over a weekday mention that fits several years of the span', () => {
  // 24 February was a Thursday in 2011 and 2022.
  assert.equal(inferDate([THURSDAY_24_FEBRUARY], { first: 2010, last: 2023 }), null);
});

test('should pass over a weekday mention when the archive has no stated dates', () => {
  assert.equal(inferDate([THURSDAY_24_FEBRUARY], null), null);
});

test('should take the month of a full date in the text', () => {
  const hint: DateHint = { line: 5, text: '24. februar 2022', day: 24, month: 2, year: 2022, weekday: null };
  assert.deepEqual(inferDate([hint], { first: 2021, last: 2023 })?.date, { iso: '2022-02', precision: 'month', source: 'inferred' });
});

test('should pass over a full date far outside the archive span', () => {
  const history: DateHint = { line: 6, text: '29. oktober 2008', day: 29, month: 10, year: 2008, weekday: null };
  assert.equal(inferDate([history], { first: 2009, last: 2011 }), null);
});

test('should pass over a full date whose weekday does not fit', () => {
  const wrong: DateHint = { line: 5, text: 'fredag 24. februar 2022', day: 24, month: 2, year: 2022, weekday: 5 };
  assert.equal(inferDate([wrong], null), null);
});

test('should give null when the mentions point to different months', () => {
  const march: DateHint = { line: 9, text: 'tirsdag 8. marts 2022', day: 8, month: 3, year: 2022, weekday: 2 };
  assert.equal(inferDate([THURSDAY_24_FEBRUARY, march], { first: 2021, last: 2023 }), null);
});
