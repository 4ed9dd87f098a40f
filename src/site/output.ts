import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A folder next to the output: `site/` → `.site.<name>-<pid>/`, on the same file system. */
export function siblingFolder(output: string, name: string): string {
  return path.join(path.dirname(output), `.${path.basename(output)}.${name}-${process.pid}`);
}

/**
 * Replaces `output` by `staging` with two renames and has the old tree removed in the
 * background. An interrupted swap leaves either the old or the new tree in place (or the old
 * one under its `.old` name, which the next build puts back).
 */
export function swapIn(staging: string, output: string): void {
  const old = siblingFolder(output, 'old');
  const exists = existsSync(output);
  if (exists) renameSync(output, old);
  renameSync(staging, output);
  if (exists) discard([old], output);
}

/**
 * Removes `folders` (the output's old tree, or folders in it) in a process of its own, so that
 * the build need not wait: deleting the tens of thousands of files of a large site, or the
 * thousand of a search index part, takes the file system a while. The folders are moved into
 * one folder next to `output`, named after that process (`.site.trash-<pid>`), so that builds
 * leave it alone while it runs and remove what is left if it dies.
 */
function discard(folders: readonly string[], output: string): void {
  if (folders.length === 0) return;
  const prefix = siblingFolder(output, 'trash').replace(/\d+$/, '');
  const script = 'const fs = require("node:fs"); const folder = process.argv[1] + process.pid; for (let tries = 0; tries < 100 && !fs.existsSync(folder); tries++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); fs.rmSync(folder, { recursive: true, force: true, maxRetries: 3 });';
  const remover = spawn(process.execPath, ['-e', script, prefix], { detached: true, stdio: 'ignore' });
  remover.once('error', () => {});
  remover.unref();
  // Gathered under a name of this build's first, so that the remover sees them all at once.
  const gathering = siblingFolder(output, 'discarding');
  mkdirSync(gathering, { recursive: true });
  folders.forEach((folder, index) => renameSync(folder, path.join(gathering, String(index))));
  if (remover.pid === undefined) rmSync(gathering, { recursive: true, force: true });
  else renameSync(gathering, `${prefix}${remover.pid}`);
}

/** What an incremental commit does; kept in a journal while it runs. */
export interface Commit {
  /** Folder holding the newly rendered files. */
  from: string;
  /** Files to move into the output, relative paths. */
  files: string[];
  /** Folders (search index parts) to replace as a whole. */
  folders: string[];
  /** Files and folders to delete from the output. */
  removed: string[];
}

/**
 * Moves newly rendered files into the output, each by one atomic rename, so no reader ever
 * sees a half-written page. New and changed pages go first and deletions last, so a link never
 * points to a page that is not there yet or any more. `journal` records the commit while it
 * runs: if the process dies half-way, the next build finds the journal and rebuilds in full.
 */
export function commitIncremental(commit: Commit, output: string, journal: string): void {
  writeFileSync(journal, JSON.stringify(commit));
  const replaced: string[] = [];
  for (const folder of commit.folders) {
    const target = path.join(output, folder);
    const old = `${target}.old-${process.pid}`;
    mkdirSync(path.dirname(target), { recursive: true });
    if (existsSync(target)) {
      renameSync(target, old);
      replaced.push(old);
    }
    renameSync(path.join(commit.from, folder), target);
  }
  for (const file of commit.files) {
    const target = path.join(output, file);
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(path.join(commit.from, file), target);
  }
  const removed = commit.removed.map((entry) => path.join(output, entry));
  discard([...replaced, ...removed.filter((target) => existsSync(target) && statSync(target).isDirectory())], output);
  for (const target of removed) {
    rmSync(target, { force: true, recursive: true });
    pruneEmptyFolders(path.dirname(target), output);
  }
  rmSync(commit.from, { recursive: true, force: true });
  rmSync(journal, { force: true });
}

/** Removes folders left empty by a deletion, up to (not including) `root`. */
function pruneEmptyFolders(folder: string, root: string): void {
  let current = folder;
  while (current.startsWith(root) && current !== root && existsSync(current) && statSync(current).isDirectory() && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = path.dirname(current);
  }
}

/**
 * Cleans up after a build that was killed: puts back an output folder left under its `.old`
 * name by an interrupted swap, and removes staging, render and trash folders of builds that no
 * longer run.
 */
export function recoverOutput(output: string): void {
  const parent = path.dirname(output);
  if (!existsSync(parent)) return;
  const prefix = `.${path.basename(output)}.`;
  const left = readdirSync(parent).filter((name) => name.startsWith(prefix));
  const old = left.find((name) => name.startsWith(`${prefix}old-`));
  if (!existsSync(output) && old) renameSync(path.join(parent, old), output);
  for (const name of left) {
    const pid = Number(/-(\d+)$/.exec(name)?.[1]);
    // The search indexer of a killed build may still be writing into its folder for a moment
    // before it notices and exits; removing is retried until it has.
    if (name !== old && Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) rmSync(path.join(parent, name), { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
