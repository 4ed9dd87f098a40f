#!/usr/bin/env node
// Starts the command line from its bundle, made anew whenever the sources changed.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBundle } from './bundle.js';

const folder = await ensureBundle(fileURLToPath(new URL('../', import.meta.url)));
const { main } = await import(pathToFileURL(path.join(folder, 'cli.js')).href);
process.exitCode = await main(process.argv.slice(2));
