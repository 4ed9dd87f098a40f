import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { ARCHIVE_SPREAD, SHAPES, composeArticle, writeCorpusArticle } from '../../bench/corpus.ts';
import { generateCorpus, generateOptions } from '../../bench/generate.ts';
import { parseFile } from '../../src/site/parse-file.ts';
import { filesUnder } from '../support/site.ts';
import { temporaryFolder } from '../support/paths.ts';

test('should compose the same article from the same seed and index, and another from another seed', () => {
  assert.deepEqual(composeArticle(3, 17, ARCHIVE_SPREAD), composeArticle(3, 17, ARCHIVE_SPREAD));
  assert.notEqual(composeArticle(3, 17, ARCHIVE_SPREAD).text, composeArticle(4, 17, ARCHIVE_SPREAD).text);
  assert.deepEqual(
    SHAPES.map((_, index) => composeArticle(1, index, ARCHIVE_SPREAD).shape),
    SHAPES,
  );
});

test('should compose the newest article of an archive on the evening of its last day', async () => {
  const folder = await temporaryFolder();
  try {
    const { file } = await writeCorpusArticle(folder.path, 1, 20_005, ARCHIVE_SPREAD, { newest: true });
    const parsed = await parseFile(folder.path, file);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.record?.date?.iso.slice(0, 13), '2024-12-31T22');
    // Newer than every other article of the corpus.
    for (let index = 0; index < 200; index++) {
      const other = await writeCorpusArticle(folder.path, 1, index, ARCHIVE_SPREAD);
      const date = (await parseFile(folder.path, other.file)).record?.date?.iso ?? '';
      assert.ok(date < (parsed.record?.date?.iso ?? ''), `${other.file}: ${date}`);
    }
  } finally {
    await folder.remove();
  }
});

test('should spread an archive corpus over twenty years and many people', () => {
  const articles = Array.from({ length: 2000 }, (_, index) => composeArticle(1, index, ARCHIVE_SPREAD));
  const years = new Set(articles.flatMap((article) => /^(\d{4})\//.exec(article.file)?.[1] ?? []));
  assert.deepEqual([...years].sort(), Array.from({ length: 20 }, (_, index) => String(2005 + index)));
  const people = new Set(articles.flatMap((article) => ARCHIVE_SPREAD.people.filter((person) => article.text.includes(person))));
  assert.ok(people.size > 200, `${people.size} people`);
});

test('should write N articles that all parse, deterministically, into an empty folder only', async () => {
  const first = await temporaryFolder();
  const second = await temporaryFolder();
  try {
    await generateCorpus({ articles: 120, seed: 5, dir: first.path });
    await generateCorpus({ articles: 120, seed: 5, dir: second.path });
    const files = await filesUnder(first.path);
    assert.equal(files.length, 120);
    assert.deepEqual(await filesUnder(second.path), files);
    for (const file of files) {
      assert.deepEqual(await readFile(path.join(second.path, file)), await readFile(path.join(first.path, file)), file);
      const parsed = await parseFile(first.path, file);
      assert.deepEqual(parsed.errors, [], file);
      assert.ok(parsed.record?.headline, file);
    }
    const extensions = new Set(files.map((file) => path.extname(file)));
    assert.deepEqual([...extensions].sort(), ['.md', '.txt']);
    assert.ok((await readdir(first.path)).includes('udaterede'));

    await writeFile(path.join(second.path, 'extra.txt'), 'x');
    await assert.rejects(generateCorpus({ articles: 1, seed: 1, dir: second.path }), { message: `${second.path} is not empty` });
  } finally {
    await first.remove();
    await second.remove();
  }
});

test('should read the generator options and refuse missing or wrong ones', () => {
  assert.deepEqual(generateOptions(['--articles', '20000', '--dir', '/tmp/korpus']), { articles: 20000, seed: 1, dir: '/tmp/korpus' });
  assert.deepEqual(generateOptions(['--articles', '5', '--seed', '9', '--dir', '/tmp/k']), { articles: 5, seed: 9, dir: '/tmp/k' });
  const usage = { message: 'usage: generate --articles N [--seed S] --dir DIR' };
  assert.throws(() => generateOptions(['--dir', '/tmp/k']), usage);
  assert.throws(() => generateOptions(['--articles', '1.5', '--dir', '/tmp/k']), usage);
  assert.throws(() => generateOptions(['--articles', '10']), usage);
});
