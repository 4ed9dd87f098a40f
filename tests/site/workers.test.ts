import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildArchive } from '../../src/archive/index.ts';
import { pagesToRender } from '../../src/site/plan.ts';
import { Renderer } from '../../src/site/renderer.ts';
import type { SearchReply } from '../../src/site/search.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { startWorker } from '../../src/site/workers.ts';
import { PROJECT_ROOT, temporaryFolder } from '../support/paths.ts';

/** The nice value in a /proc `stat` file: its 19th field, the 17th after the command name in parentheses. */
function niceValue(statFile: string): number {
  const stat = readFileSync(statFile, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

/** The nice value of every thread of this process. */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((thread) => niceValue(`/proc/self/task/${thread}/stat`));
}

/** Starts a search thread, waits until it answers, and returns the nice values seen meanwhile. */
async function niceValuesWithSearchThread(background: boolean): Promise<number[]> {
  const worker = startWorker('search-worker', { workerData: { background } });
  try {
    const closed = once(worker, 'message') as Promise<[SearchReply]>;
    worker.postMessage({ close: true });
    assert.deepEqual((await closed)[0], { closed: true });
    return threadNiceValues();
  } finally {
    await worker.terminate();
  }
}

const linuxOnly = { skip: process.platform !== 'linux' };
const mainThreadNice = () => niceValue(`/proc/${process.pid}/task/${process.pid}/stat`);

test('should index at a low priority in the background, on its own thread only', linuxOnly, async () => {
  assert.ok((await niceValuesWithSearchThread(true)).includes(15));
  assert.equal(mainThreadNice(), 0, 'the main thread keeps its priority');
  assert.ok(!(await niceValuesWithSearchThread(false)).includes(15));
});

test('should render at a lower priority in the background, above search indexing', linuxOnly, async () => {
  const folder = await temporaryFolder();
  const settings = await loadSettings(PROJECT_ROOT);
  const archive = buildArchive({ articles: [], errors: [], neighbours: new Map(), related: new Map() });
  for (const background of [true, false]) {
    const renderer = new Renderer(background);
    try {
      await renderer.render({ settings, pages: pagesToRender(archive, []), chrome: archive.chrome, folder: path.join(folder.path, String(background)), assets: false });
      assert.equal(threadNiceValues().includes(5), background);
      assert.equal(mainThreadNice(), 0);
    } finally {
      await renderer.close();
    }
  }
  await folder.remove();
});

/** The code a bundled entry point loads as it starts: itself and the chunks it imports, statically, all the way down. */
function loadedAtStart(folder: string, entry: string): string {
  const seen = new Set<string>();
  let code = '';
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(folder, file), 'utf8');
    code += text;
    // `import ... from "./chunk.js"` and `import "./chunk.js"`, not `import("./chunk.js")`, which loads when it runs.
    for (const match of text.matchAll(/^(?:import|export)\b[^;(]*?["']\.\/([\w.-]+\.js)["'];?$/gm)) visit(match[1] as string);
  };
  visit(entry);
  return code;
}

test('should start the render and search threads without the parser, the decoders and zod, which they never run', async () => {
  const { ensureBundle } = (await import(path.join(PROJECT_ROOT, 'bin', 'bundle.js'))) as { ensureBundle: (root: string) => Promise<string> };
  const folder = await ensureBundle(PROJECT_ROOT);
  // esbuild names the source of each bundled module in a comment: `// node_modules/zod/v4/…`.
  const packages = (code: string) => new Set([...code.matchAll(/^\/\/ node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//gm)].map((match) => match[1]));
  const parser = ['zod', 'iconv-lite', 'chardet', 'yaml', 'gray-matter', 'micromark', 'remark-parse'];
  for (const entry of ['render-worker.js', 'search-worker.js']) {
    const loaded = packages(loadedAtStart(folder, entry));
    assert.deepEqual(parser.filter((name) => loaded.has(name)), [], entry);
  }
  // The render thread renders Markdown bodies to HTML; the parse thread has the parser.
  assert.ok(packages(loadedAtStart(folder, 'render-worker.js')).has('hast-util-to-html'));
  assert.ok(['zod', 'iconv-lite', 'micromark'].every((name) => packages(loadedAtStart(folder, 'parse-worker.js')).has(name)));
});
