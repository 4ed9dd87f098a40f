import type { EleventyConfig } from '@11ty/eleventy';
import type { Archive, Pages } from '../archive/index.ts';
import type { Settings } from '../model/index.ts';

/** The pages one Eleventy run renders, and what they share. */
export interface RenderSet {
  pages: Pages;
  chrome: Archive['chrome'];
}

/** What one build renders. */
export interface SiteRequest {
  settings: Settings;
  /** The pages to render; called on every (re)build. */
  render: () => RenderSet | Promise<RenderSet>;
  /** Whether to copy the stylesheet and scripts (unchanged assets need no copy). */
  assets: boolean;
}

const requests = new WeakMap<EleventyConfig, SiteRequest>();

/**
 * Hands a prepared archive to the plugin of one Eleventy instance (call it from the `config`
 * callback of the Eleventy constructor). Without it the plugin reads the content folder itself.
 */
export function attachRequest(config: EleventyConfig, request: SiteRequest): void {
  requests.set(config, request);
}

export function requestFor(config: EleventyConfig): SiteRequest | undefined {
  return requests.get(config);
}
