import type { EleventyConfig } from '@11ty/eleventy';
import { absoluteUrl, convertHtmlToAbsoluteUrls, dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { TEMPLATES } from '../../templates/index.ts';
import { ASSETS_DIR } from './paths.ts';
import type { RenderSet, SiteRequest } from './request.ts';
import { requestFor } from './request.ts';
import { siteView } from './view.ts';

/** Every template paginates its descriptors as `entry`; a descriptor's URL is its permalink. */
function permalink(data: { entry?: { url?: string } }): string | undefined {
  return data.entry?.url;
}

/**
 * The newsarchive Eleventy plugin: the pages to render as global data (`pages`, `chrome`,
 * `site`), their permalinks, the templates of `templates/` as JavaScript templates, the
 * filters of @11ty/eleventy-plugin-rss the feeds are made with, and the assets. It renders
 * what the command line prepared; run by Eleventy alone, it reads the content folder named in
 * the settings and renders the whole site.
 */
export default async function newsarchive(eleventyConfig: EleventyConfig): Promise<void> {
  const request = requestFor(eleventyConfig) ?? (await standalone());
  let current: Promise<RenderSet> | undefined;
  const fresh = () => (current = Promise.resolve(request.render()));
  eleventyConfig.on('eleventy.before', () => void fresh());
  eleventyConfig.addGlobalData('permalink', () => permalink);
  eleventyConfig.addGlobalData('pages', async () => (await (current ?? fresh())).pages);
  eleventyConfig.addGlobalData('chrome', async () => (await (current ?? fresh())).chrome);
  eleventyConfig.addGlobalData('site', () => siteView(request.settings));
  // The RSS plugin's own registration adds them as Nunjucks filters only, and adds Eleventy's
  // HTML base plugin, which would prefix the already prefixed links of every page again (and
  // parse every page to do it); so its filters are registered here, for all template languages.
  eleventyConfig.addFilter('dateToRfc3339', dateToRfc3339);
  eleventyConfig.addFilter('absoluteUrl', absoluteUrl);
  eleventyConfig.addAsyncFilter('htmlToAbsoluteUrls', (html: string, base: string) => convertHtmlToAbsoluteUrls(html, base, { closingSingleTag: 'slash' }));
  eleventyConfig.addTemplateFormats('11ty.js');
  for (const [name, template] of Object.entries(TEMPLATES)) eleventyConfig.addTemplate(name, template);
  if (request.assets) eleventyConfig.addPassthroughCopy({ [ASSETS_DIR]: 'assets' });
}

/**
 * The request of a plugin Eleventy runs by itself: the whole site of the content folder the
 * settings name. Its parts are imported here, so that the render thread of the command line,
 * which never runs it, does not load the parser.
 */
async function standalone(): Promise<SiteRequest> {
  const [{ loadSettings }, { loadCorpus }, { buildArchive }] = await Promise.all([import('./settings.ts'), import('./load.ts'), import('../archive/index.ts')]);
  const settings = await loadSettings(process.cwd());
  return {
    settings,
    assets: true,
    render: async () => {
      const archive = buildArchive((await loadCorpus(settings.content)).corpus);
      return { pages: archive.pages, chrome: archive.chrome };
    },
  };
}
