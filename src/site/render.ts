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

/** Eleventy takes a third of a second to import; commands that do not render skip it. */
export async function loadEleventy(): Promise<typeof Eleventy> {
  return (await import('@11ty/eleventy')).default;
}
