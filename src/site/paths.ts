import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The newsarchive package folder (holding `templates/` and `package.json`), found from this
 * module's location, which is either in `src/` or in the compiled command-line bundle.
 */
function findPackageRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'newsarchive') return folder;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('Cannot find the newsarchive package folder');
    folder = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
export const ASSETS_DIR = path.join(TEMPLATES_DIR, 'assets');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
