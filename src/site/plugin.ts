import type { EleventyConfig } from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import { buildArchive } from '../archive/index.ts';
import { createFilters } from './filters.ts';
import { loadCorpus } from './load.ts';
import type { SiteRequest } from './request.ts';
import { requestFor } from './request.ts';
import { loadSettings } from './settings.ts';

/** Every paginated template names its page descriptor `entry`; its URL is the permalink. */
function permalink(data: { entry?: { url?: string } }): string | undefined {
  return data.entry?.url;
}

/**
 * The newsarchive Eleventy plugin: the archive as global data (`archive`, `site`), the page
 * permalinks, and the filters templates use. It renders what the command line prepared;
 * run by Eleventy alone it reads the content folder named in the settings itself.
 */
export default async function newsarchive(eleventyConfig: EleventyConfig): Promise<void> {
  const { settings, archive } = requestFor(eleventyConfig) ?? (await prepare());

  eleventyConfig.addPlugin(rssPlugin as never);
  eleventyConfig.addGlobalData('permalink', () => permalink);
  // A function, so that every rebuild of the dev server reads the content folder again.
  eleventyConfig.addGlobalData('archive', archive);
  eleventyConfig.addGlobalData('site', () => ({ ...settings, language: 'da' }));
  for (const [name, filter] of Object.entries(createFilters(settings))) {
    eleventyConfig.addFilter(name, filter as never);
  }
}

async function prepare(): Promise<SiteRequest> {
  const settings = await loadSettings(process.cwd());
  return { settings, archive: async () => buildArchive((await loadCorpus(settings.content)).corpus) };
}
