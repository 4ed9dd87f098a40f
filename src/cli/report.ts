import path from 'node:path';
import type { Diagnostic } from '../model/index.ts';
import { formatDiagnostic } from '../model/index.ts';

/** A diagnostic with its file shown as the user named it: `content/x.txt`. */
export function displayDiagnostic(diagnostic: Diagnostic, root: string, rootIsFile: boolean): string {
  const file = rootIsFile ? root : path.posix.join(root.split(path.sep).join('/'), diagnostic.file);
  return formatDiagnostic({ ...diagnostic, file });
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Seconds with one decimal, as the summaries print them. */
export function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
