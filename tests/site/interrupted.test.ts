import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Settings } from '../../src/model/index.ts';
import { buildSite } from '../../src/site/build.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { writeArticles } from '../support/articles.ts';
import { differencesFromFullBuild } from '../support/full-build.ts';
import { PROJECT_ROOT, temporaryFolder } from '../support/paths.ts';
import { readTree, treeDifferences } from '../support/tree.ts';

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
let settings: Settings;
let cacheDir: string;

before(async () => {
  folder = await temporaryFolder();
  const content = path.join(folder.path, 'content');
  await writeArticles(content, 300);
  cacheDir = path.join(folder.path, 'cache');
  settings = { ...(await loadSettings(PROJECT_ROOT)), content, output: path.join(folder.path, 'site') };
});

after(() => folder.remove());

/** Starts `newsarchive build` and kills it with SIGKILL as soon as it has begun writing pages. */
async function killMidBuild(): Promise<void> {
  const child = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'bin/newsarchive.js'), 'build', '--quiet', '--content', settings.content, '--output', settings.output, '--cache-dir', cacheDir],
    { stdio: 'ignore' },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
  const writing = () => readdirSync(folder.path).some((name) => /^\.site\.(?:render|staging)-\d+$/.test(name));
  for (let waited = 0; !writing() && waited < 60_000 && child.exitCode === null; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(writing(), 'the build began writing pages');
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');
}

test('should leave no output at all when the first build is killed', async () => {
  await killMidBuild();
  assert.equal(existsSync(settings.output), false);
});

test('should leave the previous output whole when a rebuild is killed, and recover on the next build', async () => {
  await buildSite(settings, { cacheDir });
  const before = await readTree(settings.output);
  await writeArticles(settings.content, 200, 300);
  await killMidBuild();
  assert.deepEqual(treeDifferences(await readTree(settings.output), before), []);

  const summary = await buildSite(settings, { cacheDir });
  assert.equal(summary.articles, 500);
  assert.deepEqual(await differencesFromFullBuild(settings, folder.path), []);
  // The replaced output is removed in the background.
  const leftovers = () => readdirSync(folder.path).filter((name) => name.startsWith('.site.'));
  for (let waited = 0; leftovers().length > 0 && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(leftovers(), [], 'no staging, render or old folders left behind');
});
