import assert from 'node:assert/strict';
import test from 'node:test';
import { MAX_SHARD_LIMIT, SHARD_COUNT, SHARD_LIMIT, searchShards, shardLimit } from '../../src/archive/search.ts';
import type { Article } from '../../src/model/index.ts';

function article(id: string, iso: string | null): Article {
  return {
    id, file: `${id}.txt`, url: `/x/${id}/`, headline: id, headlineSource: 'text', lead: null, body: [], sources: [], authors: [], tags: [],
    slug: null, aliases: [], draft: false, dateHints: [], frontMatterLines: {}, warnings: [], topics: [],
    date: iso ? { iso, precision: iso.length === 10 ? 'day' : 'month', source: 'prefix' } : null,
  };
}

const many = (count: number, iso: (index: number) => string | null, prefix = 'a') => Array.from({ length: count }, (_, index) => article(`${prefix}${index}`, iso(index)));

test('should put neighbouring years of a sparse archive into one part, newest first and undated last', () => {
  const shards = searchShards([
    ...many(3, () => '2005-04-02'),
    ...many(2, () => '2006-01-05', 'b'),
    ...many(3, () => '2021-04-02', 'c'),
    ...many(2, () => '2022-01-05', 'd'),
    ...many(2, () => null, 'e'),
  ]);
  assert.deepEqual(shards.map((shard) => [shard.name, shard.articles.length]), [['2021-2022', 5], ['2005-2006', 5], ['udateret', 2]]);
});

test('should make one part per year when half a part holds less than two years', () => {
  // 300 articles a year from 2010 to 2013: two years would fill more than half a part.
  const archive = many(1200, (index) => `${2010 + Math.floor(index / 300)}-06-01`);
  assert.deepEqual(searchShards(archive).map((shard) => [shard.name, shard.articles.length]), [['2013', 300], ['2012', 300], ['2011', 300], ['2010', 300]]);
  // 200 a year: two years to a part, aligned on even years.
  const sparser = many(800, (index) => `${2009 + Math.floor(index / 200)}-06-01`);
  assert.deepEqual(searchShards(sparser).map((shard) => [shard.name, shard.articles.length]), [['2012', 200], ['2010-2011', 400], ['2009', 200]]);
});

test('should split a busy year into halves, a busy half into quarters and a busy quarter into months', () => {
  // 600 articles a month from January to March, 100 a month from April to June, 300 in December.
  const year = many(SHARD_LIMIT * 2 + 300, (index) => `2021-${String(index < 1800 ? 1 + (index % 3) : index < 2000 ? 4 + (index % 3) : 12).padStart(2, '0')}-10`);
  const shards = searchShards(year);
  assert.deepEqual(shards.map((shard) => shard.name), ['2021-h2', '2021-k2', '2021-03', '2021-02', '2021-01']);
  assert.ok(shards.every((shard) => shard.articles.length <= SHARD_LIMIT));
  assert.equal(shards.reduce((sum, shard) => sum + shard.articles.length, 0), year.length);
});

test(`should double the size of a part once more than ${SHARD_COUNT} parts would be needed, and no further`, () => {
  assert.deepEqual([0, SHARD_LIMIT * SHARD_COUNT, SHARD_LIMIT * SHARD_COUNT + 1, 100_000].map(shardLimit), [SHARD_LIMIT, SHARD_LIMIT, MAX_SHARD_LIMIT, MAX_SHARD_LIMIT]);
  // 100 000 articles: 4 200 a year from 2001 to 2020 (a quarter of them to a part), and 16 000 undated.
  const archive = [...many(84_000, (index) => `${2001 + (index % 20)}-${String(1 + (Math.floor(index / 20) % 12)).padStart(2, '0')}-15`), ...many(16_000, () => null, 'u')];
  const shards = searchShards(archive);
  const quarters = Array.from({ length: 20 }, (_, index) => [4, 3, 2, 1].map((quarter) => `${2020 - index}-k${quarter}`)).flat();
  assert.deepEqual(shards.map((shard) => shard.name), [...quarters, ...Array.from({ length: 8 }, (_, index) => `udateret-d${index + 1}`)]);
  // Shares by a hash of the id come out near the limit, not under it.
  assert.ok(shards.every((shard) => shard.articles.length <= (shard.name.startsWith('udateret') ? 1.1 : 1) * MAX_SHARD_LIMIT));
});

test('should share a busy month and the undated articles out by id, the same way every time', () => {
  const month = many(SHARD_LIMIT * 2 + 10, () => '2021-05-10');
  const undated = many(SHARD_LIMIT + 1, () => null, 'u');
  const shards = searchShards([...month, ...undated]);
  assert.deepEqual(shards.map((shard) => shard.name), ['2021-05-d3', '2021-05-d2', '2021-05-d1', 'udateret-d1', 'udateret-d2']);
  assert.deepEqual(searchShards([...undated].reverse()).map((shard) => shard.articles.map((a) => a.id).sort()), shards.slice(3).map((shard) => shard.articles.map((a) => a.id).sort()));
});
