import assert from 'node:assert/strict';
import test from 'node:test';
import type { Relatable } from '../../src/enrich/related.ts';
import { relateArticles } from '../../src/enrich/related.ts';

const day = (iso: string) => ({ iso, precision: 'day' as const, source: 'prefix' as const });

test('should prefer articles sharing rare topics over those sharing common ones', () => {
  const common = Array.from({ length: 20 }, (_, index): Relatable => ({ id: `c${index}`, date: day('2022-01-10'), topics: ['Rusland'] }));
  const articles: Relatable[] = [
    { id: 'a', date: day('2022-01-10'), topics: ['Rusland', 'Kaja Kallas'] },
    { id: 'b', date: day('2021-06-01'), topics: ['Kaja Kallas'] },
    ...common,
  ];
  const related = relateArticles(articles);
  assert.equal(related.get('a')?.[0], 'b');
  assert.equal(related.get('a')?.length, 5);
  assert.deepEqual(related.get('b'), ['a']);
});

test('should break ties by closeness in time, then by id', () => {
  const articles: Relatable[] = [
    { id: 'a', date: day('2022-03-01'), topics: ['Nato'] },
    { id: 'far', date: day('2020-01-01'), topics: ['Nato'] },
    { id: 'near', date: day('2022-02-27'), topics: ['Nato'] },
    { id: 'undated', date: null, topics: ['Nato'] },
  ];
  assert.deepEqual(relateArticles(articles).get('a'), ['near', 'far', 'undated']);
});

test('should relate nothing to an article without shared topics', () => {
  const related = relateArticles([
    { id: 'a', date: null, topics: ['Ukraine'] },
    { id: 'b', date: null, topics: ['Danmark'] },
  ]);
  assert.deepEqual(related.get('a'), []);
});

test('should not depend on the order of the input', () => {
  const articles: Relatable[] = Array.from({ length: 30 }, (_, index) => ({
    id: `x${index}`,
    date: day(`2022-01-${String((index % 28) + 1).padStart(2, '0')}`),
    topics: [`t${index % 3}`, `u${index % 5}`],
  }));
  const forward = relateArticles(articles);
  const backward = relateArticles([...articles].reverse());
  for (const article of articles) assert.deepEqual(backward.get(article.id), forward.get(article.id));
});
