import assert from 'node:assert/strict';
import { cp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Settings } from '../../src/model/index.ts';
import { buildSite } from '../../src/site/build.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { newsText as article, writeArticle } from '../support/articles.ts';
import { differencesFromFullBuild } from '../support/full-build.ts';
import { CONTENT, PROJECT_ROOT, temporaryFolder } from '../support/paths.ts';

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
let settings: Settings;
let content: string;

const write = (file: string, text: string) => writeArticle(content, file, text);

/** Builds incrementally, then compares with a full build of the same content into a fresh folder. */
async function buildAndCompare(expectedMode?: 'full' | 'incremental', drafts = false) {
  const summary = await buildSite(settings, { cacheDir: path.join(folder.path, 'cache'), drafts });
  if (expectedMode) assert.equal(summary.mode, expectedMode);
  assert.deepEqual(await differencesFromFullBuild(settings, folder.path, drafts), []);
  return summary;
}

before(async () => {
  folder = await temporaryFolder();
  content = path.join(folder.path, 'content');
  await cp(CONTENT, content, { recursive: true });
  for (let index = 0; index < 12; index++) await write(`2022/marts-${index}.txt`, article(index, 1 + index * 2));
  settings = { ...(await loadSettings(PROJECT_ROOT)), content, output: path.join(folder.path, 'site') };
});

after(() => folder.remove());

test('should build everything the first time', async () => {
  const summary = await buildAndCompare('full');
  assert.equal(summary.rendered, summary.pages);
});

test('should render nothing when nothing changed, and report what the build before did', async () => {
  await write('2022/kladde.md', ['---', 'title: En kladde', 'date: 2022-03-30', 'draft: true', '---', 'Ikke færdig.', ''].join('\n'));
  const before = await buildAndCompare('incremental');
  const summary = await buildAndCompare('incremental');
  assert.equal(summary.rendered, 0);
  assert.equal(summary.searchParts, 0);
  // Nothing was planned: the summary is the one kept from the build before.
  assert.equal(summary.timings.plan, 0);
  assert.deepEqual([summary.files, summary.articles, summary.pages, summary.errors, summary.warnings], [before.files, before.articles, before.pages, before.errors, before.warnings]);
  assert.ok(summary.warnings.length > 0);
});

test('should build a draft once drafts are asked for, though no file changed', async () => {
  const withDrafts = await buildAndCompare(undefined, true);
  const without = await buildAndCompare(undefined, false);
  assert.equal(withDrafts.articles, without.articles + 1);
  await rm(path.join(content, '2022/kladde.md'));
});

test('should render only what an added article affects, and match a full build', async () => {
  await write('2022/ny.txt', article(40, 28));
  const summary = await buildAndCompare('incremental');
  assert.ok(summary.rendered > 0 && summary.rendered < summary.pages / 2, `${summary.rendered} of ${summary.pages}`);
  assert.equal(summary.searchParts, 1);
});

test('should match a full build after an edit', async () => {
  await write('2022/marts-3.txt', article(3, 7).replace('Vi har meget', 'Vi har rigtig meget'));
  const summary = await buildAndCompare('incremental');
  assert.ok(summary.rendered < summary.pages / 2);
});

test('should remove the pages of a deleted article', async () => {
  await rm(path.join(content, '2022/marts-5.txt'));
  const summary = await buildAndCompare('incremental');
  assert.ok(summary.removed > 0);
});

test('should match a full build after a rename and a move to another month', async () => {
  await rename(path.join(content, '2022/marts-7.txt'), path.join(content, '2022/omdoebt.txt'));
  await write('2022/marts-8.txt', article(8, 12, 4));
  // In an archive this small, more than half the pages change: either way the output must match.
  await buildAndCompare();
});

test('should match a full build after front matter with tags and an alias', async () => {
  await write('2022/tema.md', ['---', 'title: Tema om Danmark', 'date: 2022-04-02', 'tags: [Danmark, EU]', 'aliases: [/gammel/tema/]', '---', 'Danmark og EU.', ''].join('\n'));
  await buildAndCompare('incremental');
  await write('2022/tema.md', ['---', 'title: Tema om Danmark', 'date: 2022-04-02', 'tags: [Danmark]', '---', 'Danmark og EU.', ''].join('\n'));
  await buildAndCompare('incremental');
});

test('should remember pages whose file names hold a tab, a line break or a quote', async () => {
  const aliases = 'aliases: ["/med\\ttab/", "/med\\nlinjeskift/", "/\\"citat\\"/"]';
  await write('2022/saere-navne.md', ['---', 'title: Særlige adresser', 'date: 2022-04-03', aliases, '---', 'Tekst.', ''].join('\n'));
  await buildAndCompare('incremental');
  const again = await buildAndCompare('incremental');
  assert.equal(again.rendered, 0);
  await rm(path.join(content, '2022/saere-navne.md'));
  const removed = await buildAndCompare('incremental');
  assert.ok(removed.removed >= 4, `${removed.removed} removed`);
});

test('should build in full again when the output was changed by hand', async () => {
  await rm(path.join(settings.output, 'index.html'));
  await writeFile(path.join(settings.output, '.newsarchive'), 'edited\n');
  await buildAndCompare('full');
});

test('should build in full again when a setting changes', async () => {
  settings = { ...settings, title: 'Et andet arkiv' };
  const summary = await buildAndCompare('full');
  assert.equal(summary.rendered, summary.pages);
});
