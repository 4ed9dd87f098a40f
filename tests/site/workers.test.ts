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
