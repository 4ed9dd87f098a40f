import type { EleventyConfig } from '@11ty/eleventy';
import { TEMPLATES } from '../../templates/index.ts';
import type { Archive } from '../archive/index.ts';
import { buildArchive } from '../archive/index.ts';
import { loadCorpus } from './load.ts';
import type { SiteRequest } from './request.ts';
import { requestFor } from './request.ts';
import { loadSettings } from './settings.ts';
import { siteView } from './view.ts';

/** Every paginated template names its page descriptor `entry`; its URL is the permalink. */
function permalink(data: { entry?: { url?: string } }): string | undefined {
  return data.entry?.url;
}

/**
 * The newsarchive Eleventy plugin: the archive as global data (`archive`, `site`), the page
 * permalinks, and the templates of `templates/` as JavaScript templates. It renders what the
 * command line prepared; run by Eleventy alone it reads the content folder named in the
 * settings itself.
 */
export default async function newsarchive(eleventyConfig: EleventyConfig): Promise<void> {
  const { settings, archive } = requestFor(eleventyConfig) ?? (await prepare());

  // Functions, so that every rebuild of the dev server reads the content folder again.
  let current: Promise<Archive> | undefined;
  const fresh = () => (current = Promise.resolve(archive()));
  eleventyConfig.on('eleventy.before', () => void fresh());
  eleventyConfig.addGlobalData('permalink', () => permalink);
  eleventyConfig.addGlobalData('pages', async () => (await (current ?? fresh())).pages);
  eleventyConfig.addGlobalData('chrome', async () => (await (current ?? fresh())).chrome);
  eleventyConfig.addGlobalData('site', () => siteView(settings));
  eleventyConfig.addTemplateFormats('11ty.js');
  for (const [name, template] of Object.entries(TEMPLATES)) eleventyConfig.addTemplate(name, template);
}

async function prepare(): Promise<SiteRequest> {
  const settings = await loadSettings(process.cwd());
  return { settings, archive: async () => buildArchive((await loadCorpus(settings.content)).corpus) };
}
