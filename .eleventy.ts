import type { EleventyConfig } from '@11ty/eleventy';
import newsarchive from './src/site/plugin.ts';

/** Wiring only: the archive plugin and the folders. */
export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(newsarchive);
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  return {
    dir: { input: 'templates', includes: '_includes', layouts: '_includes/layouts', output: 'dist' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
