import type { Stats } from 'node:fs';
import { lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ARTICLE_EXTENSION = /\.(?:txt|md)$/i;

/** The article files of a content folder with their sizes and modification times, by index. */
export interface ArticleFiles {
  /** Relative paths with forward slashes, sorted by code point. */
  files: string[];
  sizes: Float64Array;
  mtimes: Float64Array;
}

/**
 * Every `.txt` and `.md` file under `root`, recursively, as sorted relative paths. Folders and
 * files whose names start with a dot are skipped. `root` may also be a single file.
 */
export async function listArticleFiles(root: string): Promise<string[]> {
  return listSync(root, statSync(root).isFile());
}

/** `listArticleFiles` with each file's size and modification time, as a rebuild compares them. */
export function scanArticleFiles(root: string): ArticleFiles {
  const single = statSync(root).isFile();
  const files = listSync(root, single);
  const sizes = new Float64Array(files.length);
  const mtimes = new Float64Array(files.length);
  files.forEach((file, index) => {
    const info = statSync(single ? root : path.join(root, file));
    sizes[index] = info.size;
    mtimes[index] = info.mtimeMs;
  });
  return { files, sizes, mtimes };
}

/**
 * The listing of the folder `root` after the paths in `touched` changed (relative to `root`, as
 * a watcher reports them), made from `previous`, a listing taken before: each touched path is
 * looked at again, and every other file is taken as it was. Null when that cannot tell what the
 * folder holds: a touched path is a folder, or was one that held articles (it was renamed or
 * removed), or `root` is a single file; then the folder is listed whole.
 */
export function rescanArticleFiles(root: string, previous: ArticleFiles, touched: Iterable<string>): ArticleFiles | null {
  if (statSync(root).isFile()) return null;
  // What became of each touched path: an article file's size and modification time, or null when it is none.
  const updates = new Map<string, readonly [number, number] | null>();
  for (const name of touched) {
    const file = name.split(path.sep).join('/');
    // Under a dot folder, or a dot file: never listed, whatever happened to it.
    if (file.split('/').some((segment) => segment.startsWith('.'))) continue;
    const info = lstatIfThere(path.join(root, file));
    if (info?.isDirectory()) return null;
    if (!info && previous.files.some((listed) => listed.startsWith(`${file}/`))) return null;
    // A link is not listed, as in `listArticleFiles`.
    updates.set(file, info?.isFile() && ARTICLE_EXTENSION.test(file) ? [info.size, info.mtimeMs] : null);
  }
  const listed = new Set(previous.files);
  const added = [...updates.keys()].filter((file) => updates.get(file) && !listed.has(file)).sort(compareCodePoints);
  const files: string[] = [];
  const sizes: number[] = [];
  const mtimes: number[] = [];
  const take = (file: string, size: number, mtime: number) => {
    files.push(file);
    sizes.push(size);
    mtimes.push(mtime);
  };
  let next = 0;
  const takeAdded = (before: string | null) => {
    for (let file = added[next]; file !== undefined && (before === null || compareCodePoints(file, before) < 0); file = added[++next]) {
      const [size, mtime] = updates.get(file) as readonly [number, number];
      take(file, size, mtime);
    }
  };
  // The listing as it was, with the touched files as they are now and the new ones in their places.
  previous.files.forEach((file, index) => {
    takeAdded(file);
    const update = updates.get(file);
    if (update === undefined) take(file, previous.sizes[index] as number, previous.mtimes[index] as number);
    else if (update) take(file, update[0], update[1]);
  });
  takeAdded(null);
  return { files, sizes: Float64Array.from(sizes), mtimes: Float64Array.from(mtimes) };
}

function lstatIfThere(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
}

function listSync(root: string, single: boolean): string[] {
  if (single) return [path.basename(root)];
  const files: string[] = [];
  const visit = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) visit(path.join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile() && ARTICLE_EXTENSION.test(entry.name)) files.push(`${prefix}${entry.name}`);
    }
  };
  visit(root, '');
  return files.sort(compareCodePoints);
}

/** Sorts by code point, the same on every machine and locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
