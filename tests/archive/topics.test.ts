import assert from 'node:assert/strict';
import test from 'node:test';
import { buildTopics } from '../../src/archive/topics.ts';
import type { Article } from '../../src/model/index.ts';

function article(id: string, topics: string[], tags: string[] = []): Article {
  return {
    id, file: `${id}.txt`, url: `/udateret/${id}/`, headline: id, headlineSource: 'text', lead: null, date: null, body: [],
    sources: [], authors: [], tags, slug: null, aliases: [], draft: false, dateHints: [], frontMatterLines: {}, warnings: [], topics,
  };
}

test('should give every topic a page, sorted the Danish way', () => {
  const topics = buildTopics([
    article('a', ['Århus', 'Zimbabwe', 'Ørsted', 'Aalborg', 'Enlig']),
    article('b', ['Århus', 'Zimbabwe', 'Ørsted', 'Aalborg', 'Æbelø'], ['Æbelø']),
  ]);
  assert.deepEqual(
    topics.map((topic) => [topic.name, topic.url, topic.count]),
    [
      ['Enlig', '/emner/enlig/', 1],
      ['Zimbabwe', '/emner/zimbabwe/', 2],
      ['Æbelø', '/emner/aebeloe/', 1],
      ['Ørsted', '/emner/oersted/', 2],
      ['Aalborg', '/emner/aalborg/', 2],
      ['Århus', '/emner/aarhus/', 2],
    ],
  );
});

test('should merge spellings that share a slug under the most used one', () => {
  const topics = buildTopics([article('a', ['NATO']), article('b', ['Nato']), article('c', ['Nato'])]);
  assert.deepEqual(topics.map((topic) => [topic.name, topic.count]), [['Nato', 3]]);
});

test('should name a topic by its most used spelling, the first in Danish order on a tie', () => {
  const topics = buildTopics([article('a', ['Aarhus']), article('b', ['AARHUS']), article('c', ['Zebra'])]);
  assert.deepEqual(topics.map((topic) => [topic.name, topic.slug, topic.count, topic.articles.map((entry) => entry.id)]), [
    ['Zebra', 'zebra', 1, ['c']],
    ['AARHUS', 'aarhus', 2, ['a', 'b']],
  ]);
});
