#!/usr/bin/env node
// Starts the command line. The TypeScript sources are bundled with esbuild into
// node_modules/.cache/newsarchive/ whenever they changed, so that each run starts in
// milliseconds instead of compiling every module through tsx.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const folder = path.join(root, 'node_modules', '.cache', 'newsarchive');
const bundle = path.join(folder, 'cli.js');
// The command line, and its worker threads: parsing files, rendering with Eleventy.
const entryPoints = { cli: 'src/cli/main.ts', 'parse-worker': 'src/site/parse-worker.ts', 'render-worker': 'src/site/render-worker.ts' };
const sources = ['src', 'templates', '.eleventy.ts', 'package.json'].map((entry) => path.join(root, entry));

function newestSource(entry) {
  const info = statSync(entry);
  if (!info.isDirectory()) return /\.(?:ts|json)$/.test(entry) ? info.mtimeMs : 0;
  return Math.max(0, ...readdirSync(entry).map((name) => newestSource(path.join(entry, name))));
}

function bundleIsFresh() {
  try {
    const built = Math.min(...Object.keys(entryPoints).map((name) => statSync(path.join(folder, `${name}.js`)).mtimeMs));
    return built >= Math.max(...sources.map(newestSource));
  } catch {
    return false;
  }
}

if (!bundleIsFresh()) {
  const { buildSync } = await import('esbuild');
  // Built beside the final folder and renamed into place, so that concurrent runs never see half a bundle.
  const temporary = `${folder}.${process.pid}.tmp`;
  buildSync({
    entryPoints: Object.fromEntries(Object.entries(entryPoints).map(([name, file]) => [name, path.join(root, file)])),
    outdir: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  mkdirSync(folder, { recursive: true });
  for (const name of Object.keys(entryPoints)) renameSync(path.join(temporary, `${name}.js`), path.join(folder, `${name}.js`));
  rmSync(temporary, { recursive: true, force: true });
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
