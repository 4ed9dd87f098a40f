import assert from 'node:assert/strict';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Settings } from '../../src/model/index.ts';
import { scanArticleFiles } from '../../src/read/files.ts';
import { buildSite } from '../../src/site/build.ts';
import { codeFingerprint, PARSER_CODE } from '../../src/site/paths.ts';
import type { SearchThread } from '../../src/site/search.ts';
import { BuildSession } from '../../src/site/session.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { newsText as article, writeArticle } from '../support/articles.ts';
import { differencesFromFullBuild } from '../support/full-build.ts';
import { CONTENT, PROJECT_ROOT, temporaryFolder } from '../support/paths.ts';

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
let settings: Settings;
let content: string;
let cache: string;
const session = new BuildSession();

/** Builds with the session, then compares with a full build of the same content into a fresh folder. */
async function buildAndCompare() {
  const summary = await buildSite(settings, { cacheDir: cache, session });
  assert.deepEqual(await differencesFromFullBuild(settings, folder.path), []);
  return summary;
}

const holdsStore = () => session.holdsStore(path.join(cache, 'records'), codeFingerprint(PARSER_CODE));

before(async () => {
  folder = await temporaryFolder();
  content = path.join(folder.path, 'content');
  cache = path.join(folder.path, 'cache');
  await cp(CONTENT, content, { recursive: true });
  for (let index = 0; index < 8; index++) await writeArticle(content, `2022/marts-${index}.txt`, article(index, 1 + index * 2));
  settings = { ...(await loadSettings(PROJECT_ROOT)), content, output: path.join(folder.path, 'site') };
});

after(async () => {
  await session.close();
  await folder.remove();
});

test('should keep the record store, the render thread and the search thread from one build to the next', async () => {
  assert.equal(holdsStore(), false);
  assert.equal((await buildAndCompare()).mode, 'full');
  assert.equal(holdsStore(), true);
  const store = session.store(path.join(cache, 'records'), codeFingerprint(PARSER_CODE));

  // The search threads the builds take from the session.
  const taken: [boolean, SearchThread][] = [];
  const searchThread = session.searchThread.bind(session);
  session.searchThread = (background) => {
    const thread = searchThread(background);
    taken.push([background, thread]);
    return thread;
  };
  try {
    await writeArticle(content, '2022/ny.txt', article(30, 20));
    const added = await buildAndCompare();
    assert.equal(added.mode, 'incremental');
    assert.equal(added.searchParts, 1);
    await writeArticle(content, '2022/marts-2.txt', article(2, 5).replace('Vi har meget', 'Vi har rigtig meget'));
    assert.equal((await buildAndCompare()).searchParts, 1);
    await rm(path.join(content, '2022/marts-4.txt'));
    const removed = await buildAndCompare();
    assert.ok(removed.removed > 0);
  } finally {
    session.searchThread = searchThread;
  }
  assert.equal(session.store(path.join(cache, 'records'), codeFingerprint(PARSER_CODE)), store);
  // Each rebuild indexed its part in the background, on one thread, which is still there.
  const [first] = taken;
  assert.equal(taken.length, 3);
  assert.ok(first && taken.every(([background, thread]) => background && thread === first[1]));
  assert.equal(first[1].usable, true);
});

test('should read the store again after another process built with it', async () => {
  await writeArticle(content, '2022/andet.txt', article(31, 22));
  await buildSite(settings, { cacheDir: cache });
  assert.equal(holdsStore(), false);
  await rm(path.join(content, '2022/andet.txt'));
  await writeArticle(content, '2022/tredje.txt', article(32, 24));
  assert.equal((await buildAndCompare()).mode, 'incremental');
  assert.equal(holdsStore(), true);
});

test('should look only at the content files it was told changed, and list the folder whole when a change could not be named', async () => {
  const watched = new BuildSession(true);
  after(() => watched.close());
  const buildAndCompare = async () => {
    const summary = await buildSite(settings, { cacheDir: cache, session: watched });
    assert.deepEqual(await differencesFromFullBuild(settings, folder.path), []);
    return summary;
  };
  // The first build lists the folder whole.
  await buildAndCompare();
  assert.equal(watched.listedFromChanges, false);
  const articles = async () => (await buildAndCompare()).articles;
  const count = (await buildSite(settings, { cacheDir: cache, session: watched })).articles;

  await writeArticle(content, '2022/fortalt.txt', article(40, 26));
  await writeArticle(content, '2022/marts-1.txt', article(1, 3).replace('Vi har meget', 'Vi har lidt'));
  await rm(path.join(content, '2022/marts-3.txt'));
  for (const file of ['2022/fortalt.txt', '2022/marts-1.txt', '2022/marts-3.txt']) watched.changed(file);
  assert.equal(await articles(), count);
  assert.equal(watched.listedFromChanges, true);
  assert.equal(watched.holdsListing(content, scanArticleFiles(content)), true);

  // A file no one told of is not seen, and a whole listing shows that the store misses it.
  await writeArticle(content, '2022/ufortalt.txt', article(41, 27));
  assert.equal((await buildSite(settings, { cacheDir: cache, session: watched })).articles, count);
  assert.equal(watched.holdsListing(content, scanArticleFiles(content)), false);
  watched.changed(null);
  assert.equal(await articles(), count + 1);
  assert.equal(watched.listedFromChanges, false);
  assert.equal(watched.holdsListing(content, scanArticleFiles(content)), true);

  // A new folder: its files are found by listing the folder whole.
  await mkdir(path.join(content, '2023'));
  await writeArticle(content, '2023/ny.txt', article(42, 28));
  watched.changed('2023');
  assert.equal(await articles(), count + 2);
  assert.equal(watched.listedFromChanges, false);
});

test('should start the render thread anew for other templates, and after it was stopped', async () => {
  const first = session.renderer('templates-a');
  assert.equal(session.renderer('templates-a'), first);
  const second = session.renderer('templates-b');
  assert.notEqual(second, first);
  assert.equal(first.usable, false);
  await second.close();
  assert.notEqual(session.renderer('templates-b'), second);
});

test('should start the search thread anew at another priority, and after it was stopped', async () => {
  const background = session.searchThread(true);
  assert.equal(session.searchThread(true), background);
  const foreground = session.searchThread(false);
  assert.notEqual(foreground, background);
  assert.equal(background.usable, false);
  await foreground.close();
  assert.notEqual(session.searchThread(false), foreground);
});
