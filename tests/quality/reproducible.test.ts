import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { writeCorpus } from '../../bench/corpus.ts';
import { runCli } from '../support/cli.ts';
import { writeHostileArticles } from '../support/hostile.ts';
import { CONTENT, PROJECT_ROOT, temporaryFolder } from '../support/paths.ts';
import { readTree, treeDifferences } from '../support/tree.ts';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'newsarchive.js');

/** Moves the clock of the process it is loaded into by NEWSARCHIVE_CLOCK_OFFSET milliseconds. */
const SHIFTED_CLOCK = `data:text/javascript,${encodeURIComponent(`
const offset = Number(process.env.NEWSARCHIVE_CLOCK_OFFSET || 0);
const SystemDate = Date;
globalThis.Date = class extends SystemDate {
  constructor(...args) { args.length === 0 ? super(SystemDate.now() + offset) : super(...args); }
  static now() { return SystemDate.now() + offset; }
};`)}`;

/** Builds `content` in a separate process with the given environment, as a user would run it. */
async function build(content: string, output: string, cache: string, env: Record<string, string>): Promise<void> {
  const args = ['--import', SHIFTED_CLOCK, BIN, 'build', '--quiet', '--content', content, '--output', output, '--cache-dir', cache, '--base-url', 'https://arkiv.example.dk'];
  await run(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });
}

/** Copies a folder file by file in reverse order, so its files are created in another order. */
async function copyReversed(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  for (const file of files.sort().reverse()) await cp(path.join(from, file), path.join(to, file));
}

describe('reproducible builds', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;

  before(async () => {
    folder = await temporaryFolder();
    const first = path.join(folder.path, 'indhold');
    await cp(CONTENT, first, { recursive: true });
    await writeCorpus(first, { articles: 200, seed: 7 });
    await writeHostileArticles(first);
    await copyReversed(first, path.join(folder.path, 'andet sted', 'kopi'));
  });

  after(() => folder?.remove());

  test('should write byte-identical sites from the same content, whatever the clock, time zone, locale, folder or file order', async () => {
    const one = path.join(folder.path, 'site-1');
    const two = path.join(folder.path, 'andet sted', 'site-2');
    await build(path.join(folder.path, 'indhold'), one, path.join(folder.path, 'cache-1'), { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
    // A year and a day later, on the other side of the world, in another language.
    const later = String((366 * 24 + 7) * 3600 * 1000);
    await build(path.join(folder.path, 'andet sted', 'kopi'), two, path.join(folder.path, 'cache-2'), { TZ: 'Pacific/Auckland', LANG: 'da_DK.UTF-8', LC_ALL: 'da_DK.UTF-8', NEWSARCHIVE_CLOCK_OFFSET: later });
    const first = await readTree(one);
    assert.ok(first.size > 300, `${first.size} files`);
    assert.deepEqual(treeDifferences(await readTree(two), first), []);
  });

  test('should write the same site from the installed command, which runs a bundle of the code and Eleventy, as from the sources', async () => {
    const content = path.join(folder.path, 'indhold');
    const bundled = path.join(folder.path, 'site-bundled');
    await build(content, bundled, path.join(folder.path, 'cache-bundled'), {});
    const sources = path.join(folder.path, 'site-sources');
    const args = ['build', '--quiet', '--content', content, '--output', sources, '--cache-dir', path.join(folder.path, 'cache-sources'), '--base-url', 'https://arkiv.example.dk'];
    assert.equal((await runCli(args)).code, 0);
    const site = await readTree(bundled);
    assert.ok(site.size > 300, `${site.size} files`);
    assert.deepEqual(treeDifferences(await readTree(sources), site), []);
  });
});
