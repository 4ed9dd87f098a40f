import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type Eleventy from '@11ty/eleventy';
import wireEleventy from '../../.eleventy.ts';
import { buildArchive } from '../archive/index.ts';
import { warningsOf } from '../enrich/index.ts';
import type { Diagnostic, Settings } from '../model/index.ts';
import { loadCorpus } from './load.ts';
import { TEMPLATES_DIR } from './paths.ts';
import { attachRequest } from './request.ts';
import { writeSearchIndex } from './search.ts';
import { siteView } from './view.ts';

export interface BuildOptions {
  drafts?: boolean;
}

export interface BuildSummary {
  files: number;
  articles: number;
  pages: number;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  output: string;
}

/**
 * Builds the site: reads and parses the content folder, renders every page with Eleventy into
 * a staging folder next to the output, and swaps it in only when the whole build succeeded.
 * A failed build leaves the previous output untouched.
 */
export async function buildSite(settings: Settings, options: BuildOptions = {}): Promise<BuildSummary> {
  const loaded = await loadCorpus(settings.content, options);
  const archive = buildArchive(loaded.corpus);
  const output = path.resolve(settings.output);
  const staging = siblingPath(output, `staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.dirname(output), { recursive: true });

  let pages: number;
  try {
    const Eleventy = await loadEleventy();
    const eleventy = new Eleventy(TEMPLATES_DIR, staging, {
      // The wiring of .eleventy.ts is applied directly, so no config file has to be compiled.
      configPath: '',
      quietMode: true,
      pathPrefix: settings.pathPrefix,
      config: (config) => {
        attachRequest(config, { settings, archive: () => archive });
        wireEleventy(config);
      },
    });
    eleventy.directories.freeze();
    eleventy.logger.overrideLogger(false);
    const [, written] = await eleventy.write();
    pages = written.filter((result) => result.outputPath !== false).length;
    await writeSearchIndex(archive.search, siteView(settings), staging);
    await swapIn(staging, output);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  const warnings = warningsOf(loaded.corpus.articles);
  return { files: loaded.files, articles: loaded.corpus.articles.length, pages, errors: loaded.errors, warnings, output };
}

/** Eleventy takes a third of a second to import; commands that do not render skip it. */
async function loadEleventy(): Promise<typeof Eleventy> {
  return (await import('@11ty/eleventy')).default;
}

function siblingPath(output: string, suffix: string): string {
  return path.join(path.dirname(output), `.${path.basename(output)}.${suffix}`);
}

/** Replaces `output` with `staging` by two renames; the old tree is removed afterwards. */
async function swapIn(staging: string, output: string): Promise<void> {
  const old = siblingPath(output, `old-${process.pid}`);
  const exists = await stat(output).then(
    () => true,
    () => false,
  );
  if (exists) await rename(output, old);
  await rename(staging, output);
  if (exists) await rm(old, { recursive: true, force: true });
}

export interface DevServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Builds into the output folder and serves it with Eleventy's dev server, rebuilding with live
 * reload whenever a file in the content folder or the templates changes.
 */
export async function serveSite(settings: Settings, port: number, options: BuildOptions = {}): Promise<DevServer> {
  const content = path.resolve(settings.content);
  const Eleventy = await loadEleventy();
  const eleventy = new Eleventy(TEMPLATES_DIR, path.resolve(settings.output), {
    configPath: '',
    pathPrefix: settings.pathPrefix,
    runMode: 'serve',
    config: (config) => {
      attachRequest(config, { settings, archive: async () => buildArchive((await loadCorpus(content, options)).corpus) });
      wireEleventy(config);
      config.addWatchTarget(content);
    },
  });
  eleventy.directories.freeze();
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  return { url: `http://localhost:${port}${settings.pathPrefix}`, close: () => eleventy.stopWatch() };
}
