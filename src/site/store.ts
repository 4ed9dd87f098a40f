import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PreparedArticle } from '../enrich/index.ts';
import type { Block, Diagnostic } from '../model/index.ts';

/** What the store remembers of one input file. */
export interface StoredFile {
  size: number;
  mtimeMs: number;
  /** Identifies the file's path and bytes as parsed by this version of the parser. */
  key: string;
  /** The record without its body, or null when the file has errors. */
  record: PreparedArticle | null;
  errors: Diagnostic[];
  /** Where the body lies in the body log: [offset, length]. */
  body: [number, number] | null;
}

interface StoreIndex {
  format: number;
  fingerprint: string;
  /** The body log. */
  log: string;
  /** The journal of changes since the index was written. */
  journal: string;
  files: Record<string, StoredFile>;
}

const FORMAT = 4;
const INDEX = 'records.json';
/** Changes the journal takes before the index is written whole again. */
export const JOURNAL_LIMIT = 2000;

/**
 * Parsed records cached on disk, so that a rebuild parses only files that changed. The index
 * (`records.json`) holds every record without its body; bodies are appended to a log file and
 * read back by offset only for the pages being rendered. A save appends the files that changed
 * to a journal, one line each, and writes the index whole only when the journal is long. The
 * index is replaced atomically and names its journal and log, so a killed build leaves the
 * previous, consistent store; bytes appended after the last whole line are ignored.
 */
export class RecordStore {
  private index: StoreIndex;
  private readonly indexPath: string;
  private appendFd: number | null = null;
  private readFd: number | null = null;
  private logSize = 0;
  private liveBytes = 0;
  /** Files put or forgotten since the store was opened or saved. */
  private readonly pending = new Set<string>();
  /** Lines and bytes of the journal that hold whole changes. */
  private journaled = { lines: 0, bytes: 0 };
  /** The store's files on disk as this instance last read or wrote them. */
  private diskState = '';
  /**
   * Whether `records.json` is this store's index, read or written by this instance: a journal
   * can only be appended to it. The index of another parser or an older format is replaced whole.
   */
  private indexOnDisk = false;

  private constructor(
    private readonly folder: string,
    fingerprint: string,
  ) {
    this.indexPath = path.join(folder, INDEX);
    const loaded = readIndex(this.indexPath, fingerprint);
    this.index = loaded && existsSync(path.join(folder, loaded.log)) ? loaded : { format: FORMAT, fingerprint, log: 'bodies-1.log', journal: 'changes-1.log', files: {} };
    this.indexOnDisk = this.index === loaded;
    if (this.indexOnDisk) this.journaled = replayJournal(path.join(folder, this.index.journal), this.index.files);
    // A store started afresh does not append to the logs of the one it replaces.
    else for (const name of listLogs(folder)) rmSync(path.join(folder, name), { force: true });
    this.logSize = existsSync(this.log) ? statSync(this.log).size : 0;
    for (const file of Object.values(this.index.files)) this.liveBytes += file.body?.[1] ?? 0;
    this.diskState = this.currentDiskState();
  }

  /** Bytes of the index of the store in `folder`, 0 when there is none: how long it takes to read. */
  static indexBytes(folder: string): number {
    try {
      return statSync(path.join(folder, INDEX)).size;
    } catch {
      return 0;
    }
  }

  /**
   * When the store in `folder` was last written (its newest file's modification time), 0 when
   * there is none: a file modified later cannot be in it as it is now.
   */
  static savedAt(folder: string): number {
    let newest = 0;
    for (const name of [INDEX, ...(existsSync(folder) ? listLogs(folder) : [])]) {
      newest = Math.max(newest, statSync(path.join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0);
    }
    return newest;
  }

  /** Opens the store in `folder`; one written by other code (another fingerprint) starts empty. */
  static open(folder: string, fingerprint: string): RecordStore {
    mkdirSync(folder, { recursive: true });
    return new RecordStore(folder, fingerprint);
  }

  get files(): Readonly<Record<string, StoredFile>> {
    return this.index.files;
  }

  /**
   * Whether the files on disk are still as this instance last read or wrote them, so that it
   * can be used again by a later build of the same process: no other process saved meanwhile.
   */
  unchangedOnDisk(): boolean {
    return this.pending.size === 0 && this.currentDiskState() === this.diskState;
  }

  private currentDiskState(): string {
    const state = (file: string) => {
      try {
        const info = statSync(file);
        return `${info.ino}:${info.size}:${info.mtimeMs}`;
      } catch {
        return '-';
      }
    };
    return [this.indexPath, path.join(this.folder, this.index.journal), this.log].map(state).join(' ');
  }

  /** The stored entry for `file` if its size and modification time are unchanged. */
  unchanged(file: string, size: number, mtimeMs: number): StoredFile | undefined {
    const stored = this.index.files[file];
    return stored && stored.size === size && stored.mtimeMs === mtimeMs ? stored : undefined;
  }

  /** Stores a freshly parsed file; the body goes to the log, the rest to the index. */
  put(file: string, entry: Omit<StoredFile, 'body' | 'record'> & { record: PreparedArticle | null; file?: string }): void {
    const previous = this.index.files[file];
    this.pending.add(file);
    if (previous?.body) this.liveBytes -= previous.body[1];
    let body: StoredFile['body'] = null;
    let record = entry.record;
    if (record) {
      const bytes = Buffer.from(`${JSON.stringify(record.body)}\n`);
      this.appendFd ??= openSync(this.log, 'a');
      writeSync(this.appendFd, bytes);
      body = [this.logSize, bytes.length];
      this.logSize += bytes.length;
      this.liveBytes += bytes.length;
      record = { ...record, body: [] };
    }
    const { size, mtimeMs, key, errors } = entry;
    this.index.files[file] = { size, mtimeMs, key, errors, record, body };
  }

  /** Forgets files that are gone. */
  retain(files: ReadonlySet<string>): void {
    for (const file of Object.keys(this.index.files)) {
      if (files.has(file)) continue;
      this.liveBytes -= this.index.files[file]?.body?.[1] ?? 0;
      delete this.index.files[file];
      this.pending.add(file);
    }
  }

  /** Reads the body of a stored file back from the log. */
  body(file: string): Block[] {
    const range = this.index.files[file]?.body;
    if (!range) return [];
    this.readFd ??= openSync(this.log, 'r');
    return readBody(this.readFd, range);
  }

  /** The body log, which `readBody` reads the bodies of `files` from. */
  get log(): string {
    return path.join(this.folder, this.index.log);
  }

  /**
   * Records what changed: appended to the journal, or, when the journal is long or the log is
   * rewritten because most of it is no longer used, in a whole new index with an empty journal.
   */
  save(): void {
    this.closeFiles();
    if (this.pending.size === 0 && this.indexOnDisk) return;
    const compact = this.logSize > 4 * 1024 * 1024 && this.liveBytes < this.logSize / 2;
    if (this.indexOnDisk && !compact && this.journaled.lines + this.pending.size <= JOURNAL_LIMIT) this.appendJournal();
    else this.writeIndex(compact);
    this.pending.clear();
    this.diskState = this.currentDiskState();
  }

  close(): void {
    this.closeFiles();
  }

  private appendJournal(): void {
    const journal = path.join(this.folder, this.index.journal);
    // A line cut short by a killed build is dropped before the new ones follow it.
    if (existsSync(journal)) truncateSync(journal, this.journaled.bytes);
    const lines = [...this.pending].map((file) => `${asciiJson([file, this.index.files[file] ?? null])}\n`).join('');
    const fd = openSync(journal, 'a');
    try {
      writeSync(fd, lines);
    } finally {
      closeSync(fd);
    }
    this.journaled = { lines: this.journaled.lines + this.pending.size, bytes: this.journaled.bytes + lines.length };
  }

  private writeIndex(compact: boolean): void {
    if (compact) this.compact();
    this.index.journal = `changes-${generation(this.index.journal) + 1}.log`;
    const temporary = `${this.indexPath}.${process.pid}.tmp`;
    // Written a few hundred entries at a time: one string of the whole index would be as large
    // as the file, at the end of a build when memory is fullest.
    const { files, ...header } = this.index;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, `${asciiJson(header)}\n`);
      let chunk = '';
      let count = 0;
      for (const [file, entry] of Object.entries(files)) {
        chunk += `${asciiJson([file, entry])}\n`;
        if (++count % 500 === 0) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.indexPath);
    this.indexOnDisk = true;
    this.journaled = { lines: 0, bytes: 0 };
    for (const name of listLogs(this.folder)) {
      if (name !== this.index.log && name !== this.index.journal) rmSync(path.join(this.folder, name), { force: true });
    }
  }

  private compact(): void {
    const log = `bodies-${generation(this.index.log) + 1}.log`;
    const readFd = openSync(path.join(this.folder, this.index.log), 'r');
    const writeFd = openSync(path.join(this.folder, log), 'w');
    let offset = 0;
    try {
      for (const file of Object.values(this.index.files)) {
        if (!file.body) continue;
        const buffer = Buffer.alloc(file.body[1]);
        readSync(readFd, buffer, 0, file.body[1], file.body[0]);
        writeSync(writeFd, buffer);
        file.body = [offset, file.body[1]];
        offset += buffer.length;
      }
    } finally {
      closeSync(readFd);
      closeSync(writeFd);
    }
    this.index.log = log;
    this.logSize = offset;
    this.liveBytes = offset;
  }

  private closeFiles(): void {
    if (this.appendFd !== null) closeSync(this.appendFd);
    if (this.readFd !== null) closeSync(this.readFd);
    this.appendFd = null;
    this.readFd = null;
  }
}

/**
 * Reads the index: a line with its format, parser fingerprint, log and journal, then a line per
 * file. Null when there is none, or it was written by another format or parser.
 */
function readIndex(file: string, fingerprint: string): StoreIndex | null {
  let index: StoreIndex | null = null;
  try {
    forEachLine(file, (line) => {
      if (index) {
        const [name, entry] = JSON.parse(line) as [string, StoredFile];
        index.files[name] = entry;
        return true;
      }
      const header = JSON.parse(line) as Omit<StoreIndex, 'files'>;
      if (header.format !== FORMAT || header.fingerprint !== fingerprint) return false;
      index = { ...header, files: {} };
      return true;
    });
  } catch {
    return null;
  }
  // Set by the first line (the compiler does not follow assignments made in a callback).
  return index as StoreIndex | null;
}

/** Bytes read from a store file at a time. */
const READ_CHUNK = 1024 * 1024;

/**
 * Calls `onLine` with each line of `file` that ends in a line break, until it returns false;
 * returns the bytes of the lines it took. The store's files are written in ASCII, letters such
 * as æ, ø and å escaped, and read as Latin-1: strings of one byte per character, which are made
 * and parsed faster than the two-byte strings of UTF-8 text with such letters. They are read a
 * megabyte at a time into one buffer: read whole, the 80 MB index of 100 000 articles took a
 * buffer and a string as large, and 2.5 s to open instead of 1.6 s.
 */
function forEachLine(file: string, onLine: (line: string) => boolean): number {
  const fd = openSync(file, 'r');
  let buffer = Buffer.allocUnsafe(READ_CHUNK);
  // Bytes in the buffer, and bytes of whole lines before them.
  let filled = 0;
  let taken = 0;
  try {
    for (;;) {
      if (filled === buffer.length) {
        // A line longer than the buffer.
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      filled += read;
      let start = 0;
      for (let end = buffer.indexOf(10, start); end !== -1 && end < filled; end = buffer.indexOf(10, start)) {
        if (!onLine(buffer.toString('latin1', start, end))) return taken + start;
        start = end + 1;
      }
      buffer.copy(buffer, 0, start, filled);
      filled -= start;
      taken += start;
      // What is left after the last line break is a line cut short.
      if (read === 0) return taken;
    }
  } finally {
    closeSync(fd);
  }
}

/** `value` as JSON with every character beyond ASCII escaped (`\u00e6`). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A body from the log open as `fd`, at `range` (`StoredFile['body']`). */
export function readBody(fd: number, range: readonly [number, number]): Block[] {
  const buffer = Buffer.alloc(range[1]);
  readSync(fd, buffer, 0, range[1], range[0]);
  return JSON.parse(buffer.toString('utf8')) as Block[];
}

/** The body logs and journals in the store's folder. */
function listLogs(folder: string): string[] {
  return readdirSync(folder).filter((name) => /^(?:bodies|changes)-\d+\.log$/.test(name));
}

/** The number in a log's name: `bodies-3.log` → 3. */
function generation(name: string): number {
  return Number(/(\d+)/.exec(name)?.[1] ?? '1');
}

/**
 * Applies the journal's changes to `files`, in order, up to the first line that is not whole.
 * Returns how many lines and bytes were whole.
 */
function replayJournal(journal: string, files: Record<string, StoredFile>): { lines: number; bytes: number } {
  let lines = 0;
  try {
    const bytes = forEachLine(journal, (line) => {
      let change: [string, StoredFile | null];
      try {
        change = JSON.parse(line) as [string, StoredFile | null];
      } catch {
        return false;
      }
      if (change[1]) files[change[0]] = change[1];
      else delete files[change[0]];
      lines++;
      return true;
    });
    return { lines, bytes };
  } catch {
    return { lines: 0, bytes: 0 };
  }
}
