import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { runCli } from '../../support/cli.ts';
import { temporaryFolder } from '../../support/paths.ts';

test('should print each problem as file:line:col  severity  message  code', async () => {
  const run = await runCli(['check', 'content']);
  assert.equal(run.code, 0);
  assert.equal(
    run.stdout,
    'content/003_223020df63043bca.txt:17:1  warning  No date found; estimated 2022-02 from “torsdag 24. februar” on line 17  date-inferred\n',
  );
  assert.equal(run.stderr, '2 files checked: 0 errors, 1 warning\n');
});

test('should exit 1 when a file has errors, and 1 on warnings with --strict', async () => {
  const folder = await temporaryFolder();
  try {
    await mkdir(path.join(folder.path, 'artikler'));
    await writeFile(path.join(folder.path, 'artikler', 'tom.txt'), '');
    await writeFile(path.join(folder.path, 'artikler', 'god.txt'), ' date 2022-02-21 Overskrift\n\nEt afsnit.\n');
    const run = await runCli(['check', 'artikler'], folder.path);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, 'artikler/tom.txt:1:1  error  Empty file, expected article text  file-empty\n');
    await writeFile(path.join(folder.path, 'artikler', 'tom.txt'), 'Overskrift\n\nTekst uden dato.\n');
    assert.equal((await runCli(['check', 'artikler'], folder.path)).code, 0);
    assert.equal((await runCli(['check', '--strict', 'artikler'], folder.path)).code, 1);
  } finally {
    await folder.remove();
  }
});
