import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { SearchReply } from '../../src/site/search.ts';
import { startWorker } from '../../src/site/workers.ts';

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

test('should index at a low priority in the background, on its own thread only', { skip: process.platform !== 'linux' }, async () => {
  assert.ok((await niceValuesWithSearchThread(true)).includes(15));
  assert.equal(niceValue(`/proc/${process.pid}/task/${process.pid}/stat`), 0, 'the main thread keeps its priority');
  assert.ok(!(await niceValuesWithSearchThread(false)).includes(15));
});
