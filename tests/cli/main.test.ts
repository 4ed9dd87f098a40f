import assert from 'node:assert/strict';
import test from 'node:test';
import { runCli } from '../support/cli.ts';

test('should print general help and exit 0', async () => {
  const run = await runCli(['--help']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /^Usage: newsarchive <command> \[options\]/);
  for (const command of ['build', 'serve', 'check', 'parse', 'report']) assert.match(run.stdout, new RegExp(`\\n  ${command} `));
});

test('should print help for each command', async () => {
  for (const command of ['build', 'serve', 'check', 'parse', 'report']) {
    const run = await runCli([command, '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, new RegExp(`^Usage: newsarchive ${command}`));
  }
});

test('should reject an unknown command with exit code 2', async () => {
  const run = await runCli(['publish']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^newsarchive: Unknown command `publish`, expected one of build, serve, check, parse, report\n/);
});

test('should reject an invalid port with exit code 2', async () => {
  const run = await runCli(['serve', '--port', 'abc']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^newsarchive: Invalid port `abc`, expected a number from 1 to 65535/);
});
