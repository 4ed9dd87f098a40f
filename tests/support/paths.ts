import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT = path.join(PROJECT_ROOT, 'content');
export const SEED_BIDEN_PUTIN = '000_0414b4989c13cfe9.txt';
export const SEED_MEETING = '003_223020df63043bca.txt';

/** A fresh temporary folder, removed by the returned function. */
export async function temporaryFolder(name = 'newsarchive-test-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), name));
  return { path: folder, remove: () => rm(folder, { recursive: true, force: true, maxRetries: 5 }) };
}
export const SEED_BIDEN_PUTIN_HEADLINE = 'Biden opfordrer Putin til at dæmpe konflikt med Ukraine';
export const SEED_BIDEN_PUTIN_URL = '/2021/04/biden-opfordrer-putin-til-at-daempe-konflikt-med-ukraine/';
