import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from '../../src/model/index.ts';
import { buildSite } from '../../src/site/build.ts';
import { readTree, treeDifferences } from './tree.ts';

let fullBuilds = 0;

/**
 * Builds the content `settings` names in full, into a fresh output and cache folder under
 * `scratch`, and returns how `settings.output` differs from that build, one line per file:
 * empty when the two are byte-identical. The fresh folders are removed afterwards.
 */
export async function differencesFromFullBuild(settings: Settings, scratch: string, drafts = false): Promise<string[]> {
  const name = `full-${++fullBuilds}`;
  const output = path.join(scratch, name);
  const cacheDir = path.join(scratch, `${name}-cache`);
  try {
    await buildSite({ ...settings, output }, { cacheDir, drafts });
    return treeDifferences(await readTree(settings.output), await readTree(output));
  } finally {
    await rm(output, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
}
