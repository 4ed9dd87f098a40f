import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { recoverOutput, swapIn } from '../../src/site/output.ts';
import { temporaryFolder } from '../support/paths.ts';

const folders: Awaited<ReturnType<typeof temporaryFolder>>[] = [];
after(async () => {
  for (const folder of folders) await folder.remove();
});

/** A site folder holding `files` (name → text). */
function site(folder: string, files: Record<string, string>): string {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  return folder;
}

/** The names in `folder`, once only `expected` are left or after ten seconds. */
async function settled(folder: string, expected: string[]): Promise<string[]> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (readdirSync(folder).sort().join('\n') === expected.join('\n')) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return readdirSync(folder).sort();
}

/** The pid of a process that has ended. */
async function endedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

test('should swap the new site in and remove the old one in the background', async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  const output = site(path.join(folder.path, 'site'), { 'index.html': 'gammel', '2021/side.html': 'gammel' });
  const staging = site(path.join(folder.path, '.site.staging-1'), { 'index.html': 'ny' });
  swapIn(staging, output);
  assert.equal(readFileSync(path.join(output, 'index.html'), 'utf8'), 'ny');
  assert.deepEqual(readdirSync(output), ['index.html']);
  assert.deepEqual(await settled(folder.path, ['site']), ['site']);
});

test("should leave a folder being removed by a running process, and remove one whose process has ended", async () => {
  const folder = await temporaryFolder();
  folders.push(folder);
  const output = site(path.join(folder.path, 'site'), { 'index.html': 'x' });
  const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
  try {
    const busy = `.site.trash-${running.pid}`;
    const left = `.site.trash-${await endedPid()}`;
    site(path.join(folder.path, busy), { 'a.html': 'x' });
    site(path.join(folder.path, left), { 'a.html': 'x' });
    site(path.join(folder.path, `.site.staging-${await endedPid()}`), { 'a.html': 'x' });
    recoverOutput(output);
    assert.deepEqual(readdirSync(folder.path).sort(), [busy, 'site']);
  } finally {
    running.kill();
  }
});
