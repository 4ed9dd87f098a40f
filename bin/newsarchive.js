#!/usr/bin/env node
// Starts the command line. The TypeScript sources are bundled with esbuild into
// node_modules/.cache/newsarchive/ whenever they changed, so that each run starts in
// milliseconds instead of compiling every module through tsx.
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = path.join(root, 'node_modules', '.cache', 'newsarchive', 'cli.js');
const sources = ['src', 'templates', '.eleventy.ts', 'package.json'].map((entry) => path.join(root, entry));

function newestSource(entry) {
  const info = statSync(entry);
  if (!info.isDirectory()) return /\.(?:ts|json)$/.test(entry) ? info.mtimeMs : 0;
  return Math.max(0, ...readdirSync(entry).map((name) => newestSource(path.join(entry, name))));
}

function bundleIsFresh() {
  try {
    return statSync(bundle).mtimeMs >= Math.max(...sources.map(newestSource));
  } catch {
    return false;
  }
}

if (!bundleIsFresh()) {
  const { buildSync } = await import('esbuild');
  const temporary = `${bundle}.${process.pid}.tmp`;
  mkdirSync(path.dirname(bundle), { recursive: true });
  buildSync({
    entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  renameSync(temporary, bundle);
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
