import { fileURLToPath } from 'node:url';
import type { EleventyConfig } from '@11ty/eleventy';
import newsarchive from './src/site/plugin.ts';

/** Wiring only: the archive plugin and the folders. */
export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(newsarchive);
  eleventyConfig.addPassthroughCopy({ [fileURLToPath(new URL('templates/assets', import.meta.url))]: 'assets' });
  return {
    dir: { input: 'templates', output: 'dist' },
    templateFormats: ['11ty.js'],
  };
}
