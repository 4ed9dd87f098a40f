import type { EleventyConfig } from '@11ty/eleventy';
import type { Archive } from '../archive/index.ts';
import type { Settings } from '../model/index.ts';

/** What one build renders: the settings, and the archive to render on each (re)build. */
export interface SiteRequest {
  settings: Settings;
  archive: () => Archive | Promise<Archive>;
}

const requests = new WeakMap<EleventyConfig, SiteRequest>();

/**
 * Hands a prepared archive to the plugin of one Eleventy instance (call it from the
 * `config` callback of the Eleventy constructor). Without it the plugin reads the
 * content folder itself.
 */
export function attachRequest(config: EleventyConfig, request: SiteRequest): void {
  requests.set(config, request);
}

export function requestFor(config: EleventyConfig): SiteRequest | undefined {
  return requests.get(config);
}
