import type Eleventy from '@11ty/eleventy';
import wireEleventy from '../../.eleventy.ts';
import type { Archive, Pages } from '../archive/index.ts';
import type { Settings } from '../model/index.ts';
import { TEMPLATES_DIR } from './paths.ts';
import { attachRequest } from './request.ts';

/** One Eleventy run: these pages, into this folder. */
export interface RenderJob {
  settings: Settings;
  pages: Pages;
  chrome: Archive['chrome'];
  folder: string;
  /** Also copy the stylesheet and scripts. */
  assets: boolean;
}

/** Renders the given pages with Eleventy into `job.folder`. */
export async function renderWithEleventy(job: RenderJob): Promise<void> {
  const Eleventy = await loadEleventy();
  const { settings, pages, chrome, folder, assets } = job;
  const eleventy = new Eleventy(TEMPLATES_DIR, folder, {
    // The wiring of .eleventy.ts is applied directly, so no config file has to be compiled.
    configPath: '',
    quietMode: true,
    pathPrefix: settings.pathPrefix,
    config: (config) => {
      attachRequest(config, { settings, render: () => ({ pages, chrome }), assets });
      wireEleventy(config);
    },
  });
  eleventy.directories.freeze();
  eleventy.logger.overrideLogger(false);
  await eleventy.write();
}

/**
 * Eleventy takes a fifth of a second to import; commands that do not render skip it.
 *
 * On import, Eleventy registers a module resolver that makes its watch mode import edited
 * JavaScript templates afresh. On Node.js 20 that resolver runs in a thread of its own, which
 * every later import then waits for: 0.1 s more to import Eleventy alone, then its template
 * engines. Renders here never watch (a change of templates starts a new render thread), so
 * Eleventy's own switch leaves the resolver out.
 */
export async function loadEleventy(): Promise<typeof Eleventy> {
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  return (await import('@11ty/eleventy')).default;
}
