import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * Digests of the package's files by path, with the size and modification time they were read
 * at: a build asks for three fingerprints over overlapping files, and `serve` for them on
 * every build, and each file is read once until it changes.
 */
const fileDigests = new Map<string, { stamp: string; digest: Buffer }>();

/** A hash of the package's own files under `entries` (folders or files), relative to the package. */
export function codeFingerprint(entries: readonly string[]): string {
  const hash = createHash('sha1').update(packageVersion());
  const visit = (entry: string) => {
    const absolute = path.join(PACKAGE_ROOT, entry);
    const info = statSync(absolute, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of readdirSync(absolute).sort()) visit(path.join(entry, name));
      return;
    }
    const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
    let known = fileDigests.get(absolute);
    if (known?.stamp !== stamp) {
      known = { stamp, digest: createHash('sha1').update(readFileSync(absolute)).digest() };
      fileDigests.set(absolute, known);
    }
    hash.update(entry).update(known.digest);
  };
  for (const entry of entries) visit(entry);
  return hash.digest('hex');
}

/** Everything the output depends on besides settings and content: a build with all three unchanged has nothing to do. */
export const SITE_CODE = ['src', 'templates', 'package.json', 'package-lock.json'];
/** What parsed records depend on: when it changes, every file is parsed again. */
export const PARSER_CODE = ['src/model', 'src/read', 'src/parse', 'src/enrich/topics.ts', 'src/enrich/index.ts'];
/** What rendered pages depend on besides their descriptors: when it changes, every page is rendered again. */
export const RENDER_CODE = ['templates', 'src/render', 'src/site/view.ts', 'src/site/plugin.ts', 'src/site/search.ts', 'src/site/search-worker.ts', 'package-lock.json'];
