// Bundles the TypeScript sources of the command line and its worker threads with esbuild into
// .cache/code/ whenever they changed, so that each run starts in milliseconds instead of
// compiling every module through tsx.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

// The command line, and its worker threads: scanning the content folder, parsing files,
// rendering with Eleventy, search indexing.
const ENTRY_POINTS = {
  cli: 'src/cli/main.ts',
  'scan-worker': 'src/site/scan-worker.ts',
  'parse-worker': 'src/site/parse-worker.ts',
  'render-worker': 'src/site/render-worker.ts',
  'search-worker': 'src/site/search-worker.ts',
};
const SOURCES = ['src', 'templates', '.eleventy.ts', 'package.json', 'package-lock.json'];
// Packages that find their own files at run time stay outside the bundle: Eleventy and its
// plugins, Pagefind's binary. Every other one is bundled, which saves resolving and reading
// hundreds of small modules at each start.
const EXTERNAL = ['@11ty/*', 'pagefind', 'esbuild'];
// Bundled CommonJS modules call require() for Node's own modules.
const BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

function newestSource(entry) {
  const info = statSync(entry);
  if (!info.isDirectory()) return /\.(?:ts|json)$/.test(entry) ? info.mtimeMs : 0;
  return Math.max(0, ...readdirSync(entry).map((name) => newestSource(path.join(entry, name))));
}

function isFresh(root, folder) {
  try {
    const built = Math.min(...Object.keys(ENTRY_POINTS).map((name) => statSync(path.join(folder, `${name}.js`)).mtimeMs));
    return built >= Math.max(...SOURCES.map((entry) => newestSource(path.join(root, entry))));
  } catch {
    return false;
  }
}

/** Bundles the package at `root` unless its bundle is newer than every source; returns the bundle's folder. */
export async function ensureBundle(root) {
  const folder = path.join(root, '.cache', 'code');
  if (isFresh(root, folder)) return folder;
  const { buildSync } = await import('esbuild');
  // Built beside the final folder and renamed into place, so that concurrent runs never see half a bundle.
  const temporary = `${folder}.${process.pid}.tmp`;
  buildSync({
    entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, path.join(root, file)])),
    outdir: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: BANNER },
    sourcemap: 'linked',
    logLevel: 'error',
  });
  mkdirSync(folder, { recursive: true });
  // Maps first: a bundle is only taken as fresh once every file is in place.
  for (const name of Object.keys(ENTRY_POINTS)) renameSync(path.join(temporary, `${name}.js.map`), path.join(folder, `${name}.js.map`));
  for (const name of Object.keys(ENTRY_POINTS)) renameSync(path.join(temporary, `${name}.js`), path.join(folder, `${name}.js`));
  rmSync(temporary, { recursive: true, force: true });
  return folder;
}
