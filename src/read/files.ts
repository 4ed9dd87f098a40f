import { readdirSync, statSync } from 'node:fs';
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
