import assert from 'node:assert/strict';
import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { MAX_FILE_BYTES, type ReadResult, readArticleFile } from '../../src/read/content.ts';
import { temporaryFolder } from '../support/paths.ts';

const withoutInfo = ({ info: _info, ...result }: ReadResult) => result;

test('should report a file over 5 MB without reading it', async () => {
  const folder = await temporaryFolder();
  try {
    const file = path.join(folder.path, 'stor.txt');
    await writeFile(file, '');
    await truncate(file, MAX_FILE_BYTES + 1);
    const { info, ...result } = await readArticleFile(folder.path, 'stor.txt');
    assert.equal(info.size, MAX_FILE_BYTES + 1);
    assert.deepEqual(result, {
      ok: false,
      diagnostic: { file: 'stor.txt', line: 1, column: 1, severity: 'error', code: 'file-too-large', message: 'File of 5.1 MB is too large, expected at most 5 MB' },
    });
  } finally {
    await folder.remove();
  }
});

test('should report binary and undecodable files with their line', async () => {
  const folder = await temporaryFolder();
  try {
    await writeFile(path.join(folder.path, 'billede.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    await writeFile(path.join(folder.path, 'blandet.txt'), Buffer.concat([Buffer.from('Overskrift\n\nRødgrød\n', 'utf8'), Buffer.from([0x66, 0x6c, 0xf8, 0x64, 0x65])]));
    assert.deepEqual(withoutInfo(await readArticleFile(folder.path, 'billede.txt')), {
      ok: false,
      diagnostic: { file: 'billede.txt', line: 3, column: 1, severity: 'error', code: 'file-binary', message: 'Unexpected binary data, expected text' },
    });
    assert.deepEqual(withoutInfo(await readArticleFile(folder.path, 'blandet.txt')), {
      ok: false,
      diagnostic: {
        file: 'blandet.txt',
        line: 4,
        column: 1,
        severity: 'error',
        code: 'encoding-undecodable',
        message: 'Undecodable bytes, expected UTF-8 or Windows-1252 text (looks like UTF-8 mixed with Windows-1252)',
      },
    });
  } finally {
    await folder.remove();
  }
});

test('should report a UTF-16 file with a NUL or a lone byte at the end with its line', async () => {
  const folder = await temporaryFolder();
  try {
    await writeFile(path.join(folder.path, 'utf32.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x42, 0x00, 0x00]));
    await writeFile(path.join(folder.path, 'kort.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x42]));
    assert.deepEqual(withoutInfo(await readArticleFile(folder.path, 'utf32.txt')), {
      ok: false,
      diagnostic: { file: 'utf32.txt', line: 1, column: 1, severity: 'error', code: 'file-binary', message: 'Unexpected binary data, expected text' },
    });
    assert.deepEqual(withoutInfo(await readArticleFile(folder.path, 'kort.txt')), {
      ok: false,
      diagnostic: {
        file: 'kort.txt',
        line: 2,
        column: 1,
        severity: 'error',
        code: 'encoding-undecodable',
        message: 'Undecodable bytes, expected UTF-8 or Windows-1252 text (looks like damaged UTF-16LE)',
      },
    });
  } finally {
    await folder.remove();
  }
});

test('should read a Windows-1252 file with its hash and encoding', async () => {
  const folder = await temporaryFolder();
  try {
    await writeFile(path.join(folder.path, 'gammel.txt'), Buffer.from([0x52, 0xf8, 0x64, 0x67, 0x72, 0xf8, 0x64, 0x20, 0x93, 0x6a, 0x61, 0x94]));
    const result = await readArticleFile(folder.path, 'gammel.txt');
    assert.ok(result.ok);
    assert.equal(result.source.text, 'Rødgrød “ja”');
    assert.equal(result.source.encoding, 'windows-1252');
    assert.match(result.source.hash, /^[0-9a-f]{64}$/);
  } finally {
    await folder.remove();
  }
});
