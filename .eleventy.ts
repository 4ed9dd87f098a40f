import type { EleventyConfig } from '@11ty/eleventy';
import newsarchive from './src/site/plugin.ts';

/**
 * Wiring only: the archive plugin and the folders. `newsarchive build` applies this same
 * function; Eleventy alone reads it with `tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`.
 */
export default function eleventyConfig(config: EleventyConfig) {
  config.addPlugin(newsarchive);
  return {
    dir: { input: 'templates', output: 'dist' },
    templateFormats: ['11ty.js'],
  };
}
