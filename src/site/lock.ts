import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isRunning } from './output.ts';

/** Another build holds the cache folder. */
export class BuildLockedError extends Error {
  constructor(readonly pid: number) {
    super(`Another build (process ${pid}) is using the cache folder; wait for it to finish`);
    this.name = 'BuildLockedError';
  }
}

/**
 * Takes the cache folder for this build, so that two builds never write the same output at
 * once. A lock left by a process that no longer runs is taken over.
 */
export function acquireLock(cacheDir: string): { release: () => void } {
  const file = path.join(cacheDir, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return { release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) throw new BuildLockedError(holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Cannot lock ${file}`);
}
