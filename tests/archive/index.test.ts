import assert from 'node:assert/strict';
import test from 'node:test';
import { buildArchive } from '../../src/archive/index.ts';
import { enrichCorpus } from '../../src/enrich/index.ts';
import { APRIL_2021, parsedArticle } from '../support/records.ts';

test('should leave out an alias that takes another page, with a warning at the line of its `aliases:` field', () => {
  const taken = { ...parsedArticle('gammel', APRIL_2021), aliases: ['/2021/', '/gammel/adresse/'], frontMatterLines: { title: 2, aliases: 3 } };
  const archive = buildArchive(enrichCorpus([parsedArticle('anden', APRIL_2021), taken]));
  assert.deepEqual(archive.warnings, [
    {
      file: 'gammel.txt',
      line: 3,
      column: 1,
      severity: 'warning',
      code: 'alias-taken',
      message: 'Alias `/2021/` is already the address of another page, expected an address of its own; ignored',
    },
  ]);
  assert.deepEqual(archive.pages.redirects.map(({ url, target }) => ({ url, target })), [{ url: '/gammel/adresse/', target: '/2021/04/overskrift-gammel/' }]);
});

test('should point an alias warning at line 1 when the record knows no `aliases:` line', () => {
  const taken = { ...parsedArticle('gammel', APRIL_2021), aliases: ['/soeg/'] };
  assert.deepEqual(buildArchive(enrichCorpus([taken])).warnings.map(({ line, code }) => ({ line, code })), [{ line: 1, code: 'alias-taken' }]);
});
