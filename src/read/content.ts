import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../model/index.ts';
import { catalogue } from '../model/index.ts';
import { decodeText } from './decode.ts';

/** Files larger than this are reported instead of read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** One article file as text. `file` is relative to the content folder, with forward slashes. */
export interface SourceText {
  file: string;
  text: string;
  encoding: string;
  /** sha256 of the file's bytes. */
  hash: string;
}

/** What the file system says of a file when it was read: its size and modification time. */
export interface FileInfo {
  size: number;
  mtimeMs: number;
}

export type ReadResult = ({ ok: true; source: SourceText } | { ok: false; diagnostic: Diagnostic }) & { info: FileInfo };

/** Reads and decodes one article file; `root` is the content folder (or the file itself). */
export async function readArticleFile(root: string, file: string): Promise<ReadResult> {
  // `root` is the file itself only when `listArticleFiles` was given a file.
  const absolute = file === path.basename(root) && (await isFile(root)) ? root : path.join(root, file);
  let info: FileInfo = { size: 0, mtimeMs: 0 };
  const fail = (code: keyof typeof catalogue, line: number, message: string): ReadResult => ({
    ok: false,
    diagnostic: { file, line, column: 1, severity: 'error', code, message },
    info,
  });
  let bytes: Buffer;
  try {
    // One open file for the size check and the read; synchronous calls, as a file is small and
    // parsing waits for it anyway.
    const fd = openSync(absolute, 'r');
    try {
      const { size, mtimeMs } = fstatSync(fd);
      info = { size, mtimeMs };
      if (size > MAX_FILE_BYTES) {
        return fail('file-too-large', 1, catalogue['file-too-large'].message({ bytes: size, limit: MAX_FILE_BYTES }));
      }
      bytes = readAll(fd, size);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('file-unreadable', 1, catalogue['file-unreadable'].message({ reason }));
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const message =
      decoded.code === 'file-binary'
        ? catalogue['file-binary'].message()
        : catalogue['encoding-undecodable'].message({ encoding: decoded.encoding });
    return fail(decoded.code, decoded.line, message);
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, source: { file, text: decoded.text, encoding: decoded.encoding, hash }, info };
}

/** The whole file: `size` bytes as the file system said, fewer if it was cut meanwhile. */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, bytes, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return bytes.subarray(0, offset);
}

async function isFile(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isFile();
  } catch {
    return false;
  }
}
