import assert from 'node:assert/strict';
import test from 'node:test';
import { measure, median, treeRss } from '../../bench/measure.ts';

test('should take the middle value, or the mean of the middle two', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.ok(Number.isNaN(median([])));
});

test('should count the memory of the processes a command starts, not only its own', async () => {
  // The parent stays small; its child holds 300 MB for a moment.
  const child = "const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 600);";
  const parent = `const { execFileSync } = require('node:child_process'); process.stdout.write(execFileSync(process.execPath, ['-e', ${JSON.stringify(child)}]));`;
  const run = await measure(process.execPath, ['-e', parent]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '1\n');
  assert.ok(run.peakRss > 300 * 1024 * 1024, `${run.peakRss} bytes`);
  assert.ok(run.milliseconds > 0);
});

test('should read the resident memory of a running process', () => {
  const own = treeRss(process.pid);
  assert.ok(own > 10 * 1024 * 1024 && own < 4 * 1024 ** 3, `${own} bytes`);
  assert.equal(treeRss(2 ** 30), 0);
});
