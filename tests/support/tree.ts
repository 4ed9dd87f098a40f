import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `root` with its bytes, by relative path. */
export async function readTree(root: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
  const tree = new Map<string, Buffer>();
  for (const file of files.sort()) tree.set(file, await readFile(path.join(root, file)));
  return tree;
}

/** The differences between two trees, one line each; empty when they are byte-identical. */
export function treeDifferences(actual: Map<string, Buffer>, expected: Map<string, Buffer>): string[] {
  const differences: string[] = [];
  for (const [file, bytes] of expected) {
    const other = actual.get(file);
    if (!other) differences.push(`missing ${file}`);
    else if (!other.equals(bytes)) differences.push(`differs ${file}`);
  }
  for (const file of actual.keys()) if (!expected.has(file)) differences.push(`extra ${file}`);
  return differences;
}
