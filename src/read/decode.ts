import chardet from 'chardet';
import iconv from 'iconv-lite';

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; code: 'file-binary'; line: number }
  | { ok: false; code: 'encoding-undecodable'; line: number; encoding: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Encodings that a Windows-1252 reading would turn into plausible-looking garbage. */
const MULTIBYTE = /^(?:Shift_JIS|EUC-JP|EUC-KR|GB18030|Big5|ISO-2022-[A-Z]+|UTF-16[LB]E|UTF-32[LB]E)$/;

/**
 * Turns the bytes of an article file into text: UTF-8 with or without BOM, UTF-16 with BOM,
 * or Windows-1252/ISO-8859-1 as detected by chardet. Line endings are left alone.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return decodeUtf16(buffer, 'UTF-16LE');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return decodeUtf16(buffer, 'UTF-16BE');

  const nul = buffer.indexOf(0);
  if (nul !== -1) return { ok: false, code: 'file-binary', line: lineAt(buffer, nul) };

  try {
    // TextDecoder drops a UTF-8 BOM by itself.
    return { ok: true, text: utf8.decode(buffer), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: fall through to detection.
  }

  // Danish legacy text is Windows-1252 or ISO-8859-1; Windows-1252 reads both (they differ
  // only in 0x80–0x9F, which ISO-8859-1 spends on control codes no text uses).
  const text = iconv.decode(buffer, 'windows-1252');
  const bad = text.indexOf('\uFFFD');
  const control = text.search(CONTROL_CHARACTERS);
  // chardet is slow, so it is asked only when the text is broken or the bytes could be a
  // multi-byte encoding: those write most characters as two bytes of 0x80 or more in a row.
  const detected = bad !== -1 || control !== -1 || hasHighPair(buffer) ? (chardet.detect(buffer) ?? 'unknown') : null;
  if ((detected !== null && MULTIBYTE.test(detected)) || bad !== -1 || control !== -1) {
    // Windows-1252 is one byte per character, so a text offset is a byte offset.
    const offset = bad !== -1 ? bad : control !== -1 ? control : firstInvalidUtf8(buffer);
    return { ok: false, code: 'encoding-undecodable', line: lineAt(buffer, offset), encoding: detected ?? 'unknown' };
  }
  // Valid UTF-8 letters next to stray single bytes: no one reading fits the whole file.
  if (MOJIBAKE.test(text)) {
    return { ok: false, code: 'encoding-undecodable', line: lineAt(buffer, firstInvalidUtf8(buffer)), encoding: 'UTF-8 mixed with Windows-1252' };
  }
  const latin1 = (detected === null || detected === 'ISO-8859-1') && !buffer.some((byte) => byte >= 0x80 && byte <= 0x9f);
  return { ok: true, text, encoding: latin1 ? 'ISO-8859-1' : 'windows-1252' };
}

const utf16 = {
  'UTF-16LE': new TextDecoder('utf-16le', { ignoreBOM: false }),
  'UTF-16BE': new TextDecoder('utf-16be', { ignoreBOM: false }),
};

/**
 * UTF-16 after its byte order mark, held to the same checks as the other encodings: a NUL is
 * binary data (a UTF-32 mark starts with one); a lone byte at the end, an unpaired surrogate
 * (both decoded as U+FFFD) or a control character is undecodable.
 */
function decodeUtf16(buffer: Buffer, encoding: keyof typeof utf16): DecodeResult {
  const text = utf16[encoding].decode(buffer);
  const nul = text.indexOf('\0');
  if (nul !== -1) return { ok: false, code: 'file-binary', line: lineInText(text, nul) };
  const bad = [text.indexOf('\uFFFD'), text.search(CONTROL_CHARACTERS), buffer.length % 2 === 1 ? text.length : -1].filter((offset) => offset !== -1);
  if (bad.length > 0) return { ok: false, code: 'encoding-undecodable', line: lineInText(text, Math.min(...bad)), encoding: `damaged ${encoding}` };
  return { ok: true, text, encoding };
}

/** Whether two bytes of 0x80 or more stand side by side. */
function hasHighPair(buffer: Buffer): boolean {
  for (let index = 1; index < buffer.length; index++) if ((buffer[index] as number) >= 0x80 && (buffer[index - 1] as number) >= 0x80) return true;
  return false;
}

/** UTF-8 for æ ø å é ü and curly quotes read as Windows-1252: `Ã¦`, `Ã¸`, `Ã¥`, `â€`. */
const MOJIBAKE = /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€/u;

/** C0 control characters other than tab, line feed, form feed and carriage return. */
const CONTROL_CHARACTERS = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/;

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(buffer: Buffer): number {
  let i = 0;
  while (i < buffer.length) {
    const byte = buffer[i] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = buffer[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return 0;
}

/** 1-based line of a byte offset, for single-byte and UTF-8 text alike (LF, CRLF or CR). */
function lineAt(buffer: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buffer.length; i++) {
    const byte = buffer[i];
    if (byte === 0x0a || (byte === 0x0d && buffer[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** 1-based line of an offset in decoded text (LF, CRLF or CR). */
function lineInText(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}
