import assert from 'node:assert/strict';
import test from 'node:test';
import { SHARD_LIMIT, searchShards } from '../../src/archive/search.ts';
import type { Article } from '../../src/model/index.ts';

function article(id: string, iso: string | null): Article {
  return {
    id, file: `${id}.txt`, url: `/x/${id}/`, headline: id, headlineSource: 'text', lead: null, body: [], sources: [], authors: [], tags: [],
    slug: null, aliases: [], draft: false, dateHints: [], frontMatterLines: {}, warnings: [], topics: [],
    date: iso ? { iso, precision: iso.length === 10 ? 'day' : 'month', source: 'prefix' } : null,
  };
}

const many = (count: number, iso: (index: number) => string | null, prefix = 'a') => Array.from({ length: count }, (_, index) => article(`${prefix}${index}`, iso(index)));

test('should make one part per year while a year is small, newest first and undated last', () => {
  const shards = searchShards([...many(3, () => '2021-04-02'), ...many(2, () => '2022-01-05', 'b'), ...many(2, () => null, 'c')]);
  assert.deepEqual(shards.map((shard) => [shard.name, shard.articles.length]), [['2022', 2], ['2021', 3], ['udateret', 2]]);
});

test('should split a busy year into quarters and a busy quarter into months', () => {
  // 600 articles a month from January to March, 100 a month from April to June.
  const year = many(SHARD_LIMIT * 2, (index) => `2021-${String(index < 1800 ? 1 + (index % 3) : 4 + (index % 3)).padStart(2, '0')}-10`);
  const shards = searchShards(year);
  assert.deepEqual(shards.map((shard) => shard.name), ['2021-k2', '2021-03', '2021-02', '2021-01']);
  assert.ok(shards.every((shard) => shard.articles.length <= SHARD_LIMIT));
  assert.equal(shards.reduce((sum, shard) => sum + shard.articles.length, 0), year.length);
});

test('should share a busy month and the undated articles out by id, the same way every time', () => {
  const month = many(SHARD_LIMIT * 2 + 10, () => '2021-05-10');
  const undated = many(SHARD_LIMIT + 1, () => null, 'u');
  const shards = searchShards([...month, ...undated]);
  assert.deepEqual(shards.map((shard) => shard.name), ['2021-05-d3', '2021-05-d2', '2021-05-d1', 'udateret-d1', 'udateret-d2']);
  assert.deepEqual(searchShards([...undated].reverse()).map((shard) => shard.articles.map((a) => a.id).sort()), shards.slice(3).map((shard) => shard.articles.map((a) => a.id).sort()));
});
