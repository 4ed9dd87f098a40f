import assert from 'node:assert/strict';
import test from 'node:test';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/read/decode.ts';

const DANISH = 'Rødgrød med fløde på bordet. Æbler og ærter i år, så mange som få kunne ønske sig.\n';

test('should read UTF-8 with and without a byte order mark', () => {
  assert.deepEqual(decodeText(Buffer.from(DANISH, 'utf8')), { ok: true, text: DANISH, encoding: 'UTF-8' });
  assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DANISH, 'utf8')])), { ok: true, text: DANISH, encoding: 'UTF-8' });
});

test('should read ISO-8859-1 with æ ø å right', () => {
  assert.deepEqual(decodeText(iconv.encode(DANISH, 'latin1')), { ok: true, text: DANISH, encoding: 'ISO-8859-1' });
});

test('should read Windows-1252 with its quotation marks, dashes and euro sign', () => {
  const text = 'Han sagde „nej“ – det koster 5 € og æøå.\r\n';
  assert.deepEqual(decodeText(iconv.encode(text, 'windows-1252')), { ok: true, text, encoding: 'windows-1252' });
});

test('should read UTF-16 with a byte order mark', () => {
  assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Æble', 'utf16le')])), { ok: true, text: 'Æble', encoding: 'UTF-16LE' });
});

test('should leave CRLF and lone CR to the parser', () => {
  assert.deepEqual(decodeText(Buffer.from('a\r\nb\rc', 'utf8')), { ok: true, text: 'a\r\nb\rc', encoding: 'UTF-8' });
});

test('should report a NUL byte as binary data with its line', () => {
  assert.deepEqual(decodeText(Buffer.from([0x41, 0x0a, 0x0d, 0x0a, 0x00, 0x43])), { ok: false, code: 'file-binary', line: 3 });
});

test('should report bytes no single-byte reading fits with their line', () => {
  assert.deepEqual(decodeText(Buffer.from([0x41, 0x0a, 0x42, 0xe6, 0x81, 0x43])), { ok: false, code: 'encoding-undecodable', line: 2, encoding: 'windows-1254' });
  assert.deepEqual(decodeText(Buffer.from([0x41, 0x0a, 0xe6, 0x0d, 0x07])), { ok: false, code: 'encoding-undecodable', line: 3, encoding: 'ASCII' });
});

test('should report UTF-8 mixed with Windows-1252 instead of garbling it', () => {
  const mixed = Buffer.concat([Buffer.from('Rødgrød med fløde\n', 'utf8'), iconv.encode('og æbler\n', 'windows-1252')]);
  assert.deepEqual(decodeText(mixed), { ok: false, code: 'encoding-undecodable', line: 2, encoding: 'UTF-8 mixed with Windows-1252' });
});

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);

test('should read UTF-16 big-endian with a byte order mark and keep its line breaks', () => {
  assert.deepEqual(decodeText(utf16be('Æble\r\nPære\n')), { ok: true, text: 'Æble\r\nPære\n', encoding: 'UTF-16BE' });
});

test('should report a NUL after a UTF-16 byte order mark as binary data with its line', () => {
  // A UTF-32 byte order mark, FF FE 00 00, read as UTF-16 starts with a NUL.
  assert.deepEqual(decodeText(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x42, 0x00, 0x00])), { ok: false, code: 'file-binary', line: 1 });
  assert.deepEqual(decodeText(utf16le('Æble\nPære\r\nsk\u0000ib')), { ok: false, code: 'file-binary', line: 3 });
});

test('should report UTF-16 of an odd length, with an unpaired surrogate or with a control character as undecodable, with its line', () => {
  assert.deepEqual(decodeText(Buffer.concat([utf16le('Æble\nPære'), Buffer.from([0x41])])), { ok: false, code: 'encoding-undecodable', line: 2, encoding: 'damaged UTF-16LE' });
  assert.deepEqual(decodeText(utf16be('Æble\n\ud800Pære')), { ok: false, code: 'encoding-undecodable', line: 2, encoding: 'damaged UTF-16BE' });
  assert.deepEqual(decodeText(utf16le('Æble\rPære\r\u0007')), { ok: false, code: 'encoding-undecodable', line: 3, encoding: 'damaged UTF-16LE' });
});

test('should recognise a multi-byte encoding instead of reading it as Windows-1252', () => {
  const japanese = iconv.encode('東京の天気は晴れです。\n明日も晴れるでしょう。\n', 'shift_jis');
  assert.deepEqual(decodeText(japanese), { ok: false, code: 'encoding-undecodable', line: 1, encoding: 'Shift_JIS' });
});
