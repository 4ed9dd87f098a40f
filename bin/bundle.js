// Bundles the TypeScript sources of the command line and its worker threads with esbuild into
// .cache/code/ whenever they changed, so that each run starts in milliseconds instead of
// compiling every module through tsx.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
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
const SOURCES = ['src', 'templates', '.eleventy.ts', 'package.json', 'package-lock.json', 'bin/bundle.js'];
// Code shared by several of them goes into chunks of its own (`chunk-<hash>.js`), and code only
// some paths need into chunks loaded when they run: a thread loads only what it uses. (The render
// thread loading the parser, zod and iconv-lite with its templates took 0.4 s of processor time.)
// Packages are bundled, which saves resolving and reading hundreds of small modules at each
// start (Eleventy's took 0.44 s to import, bundled 0.26 s). Pagefind runs a binary of its own and
// the development server is started apart from the render thread: they stay outside.
const EXTERNAL = ['@11ty/eleventy-dev-server', 'pagefind', 'esbuild'];
// Bundled CommonJS modules call require() for Node's own modules.
const BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * Eleventy finds its own package.json from `import.meta.url`, its module's address: bundled
 * into `folder`, each such module keeps the address it has in node_modules, as a path from the
 * bundle, which holds when the project folder is moved.
 */
function keepModuleLocation(folder) {
  return {
    name: 'keep-module-location',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const relative = path.relative(folder, args.path).split(path.sep).join('/');
        return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'js' };
      });
    },
  };
}

function newestSource(entry) {
  const info = statSync(entry);
  if (!info.isDirectory()) return /\.(?:ts|json|js)$/.test(entry) ? info.mtimeMs : 0;
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
  const { build } = await import('esbuild');
  // Built beside the final folder and renamed into place, so that concurrent runs never see half a bundle.
  const temporary = `${folder}.${process.pid}.tmp`;
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, path.join(root, file)])),
    outdir: temporary,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: BANNER },
    sourcemap: 'linked',
    logLevel: 'error',
    plugins: [keepModuleLocation(folder)],
  });
  mkdirSync(folder, { recursive: true });
  // Chunks are named by their content, so one already in place is the same file. They go first,
  // then the maps, then the entry points: a bundle is only taken as fresh once every file is in
  // place, and a run that started from the previous entry points still finds their chunks.
  const entries = new Set(Object.keys(ENTRY_POINTS).map((name) => `${name}.js`));
  const built = readdirSync(temporary);
  const order = (name) => (entries.has(name) ? 2 : entries.has(name.replace(/\.map$/, '')) ? 1 : 0);
  for (const name of built.sort((a, b) => order(a) - order(b))) renameSync(path.join(temporary, name), path.join(folder, name));
  rmSync(temporary, { recursive: true, force: true });
  removeStaleChunks(folder, new Set(built));
  return folder;
}

/** Chunks of earlier bundles, made a while ago: runs load their chunks as they start. */
const STALE_AFTER_MS = 10 * 60 * 1000;

function removeStaleChunks(folder, current) {
  for (const name of readdirSync(folder)) {
    if (current.has(name) || !/\.js(?:\.map)?$/.test(name)) continue;
    const file = path.join(folder, name);
    try {
      if (Date.now() - statSync(file).mtimeMs > STALE_AFTER_MS) rmSync(file, { force: true });
    } catch {
      // Removed by a concurrent run.
    }
  }
}
