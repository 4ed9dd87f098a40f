import assert from 'node:assert/strict';
import test from 'node:test';
import { enrichCorpus } from '../../src/enrich/index.ts';
import { APRIL_2021, parsedArticle, THURSDAY_24_FEBRUARY } from '../support/records.ts';

const article = parsedArticle;


test('should replace the missing-date warning with the estimate when enriching', () => {
  const corpus = enrichCorpus([article('dated', APRIL_2021), article('undated', null, [THURSDAY_24_FEBRUARY])]);
  const undated = corpus.articles.find((entry) => entry.id === 'undated');
  assert.deepEqual(undated?.date, { iso: '2022-02', precision: 'month', source: 'inferred' });
  assert.deepEqual(undated?.warnings, [
    { line: 17, column: 1, code: 'date-inferred', message: 'No date found; estimated 2022-02 from “torsdag 24. februar” on line 17' },
  ]);
  // An estimate can change as the archive grows; a URL must not, so it stays under /udateret/.
  assert.equal(undated?.url, '/udateret/overskrift-undated/');
});

test('should keep the missing-date warning when nothing is safe', () => {
  const corpus = enrichCorpus([article('undated', null, [THURSDAY_24_FEBRUARY])]);
  assert.equal(corpus.articles[0]?.date, null);
  assert.deepEqual(corpus.articles[0]?.warnings.map((warning) => warning.code), ['date-missing']);
});

test('should report the second of two articles with the same id, naming the first file', () => {
  const first = { ...article('samme', APRIL_2021), file: 'a/samme.txt' };
  const second = { ...article('samme', APRIL_2021), file: 'b/samme.md' };
  const corpus = enrichCorpus([first, second]);
  assert.deepEqual(corpus.articles.map((entry) => entry.file), ['a/samme.txt']);
  assert.deepEqual(corpus.errors, [
    { file: 'b/samme.md', line: 1, column: 1, severity: 'error', code: 'id-duplicate', message: 'Duplicate id `samme`, already used by a/samme.txt' },
  ]);
});

test('should point a duplicate id at the line of its `id:` field', () => {
  const first = { ...article('samme', APRIL_2021), file: 'a/samme.txt', frontMatterLines: { id: 2 } };
  const second = { ...article('samme', APRIL_2021), file: 'b/samme.md', frontMatterLines: { title: 2, date: 3, id: 4 } };
  assert.deepEqual(enrichCorpus([first, second]).errors, [
    { file: 'b/samme.md', line: 4, column: 1, severity: 'error', code: 'id-duplicate', message: 'Duplicate id `samme`, already used by a/samme.txt' },
  ]);
});

test('should fold a genitive to a topic named elsewhere in the archive, but never a tag', () => {
  const withText = (id: string, text: string, tags: string[] = []) => ({ ...article(id, APRIL_2021), tags, body: [{ kind: 'paragraph' as const, text, line: 3 }] });
  const corpus = enrichCorpus([
    withText('a', 'Det siger Ukraines præsident. Holdet fra Vojens synes umulige at stoppe.', ['Venstres']),
    withText('b', 'Krigen i Ukraine fortsætter, og Venstre er enig.'),
  ]);
  assert.deepEqual(
    corpus.articles.map((entry) => [entry.id, entry.topics]),
    [
      ['a', ['Venstres', 'Ukraine', 'Vojens']],
      ['b', ['Ukraine', 'Venstre']],
    ],
  );
});
