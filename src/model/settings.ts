import * as z from 'zod';

/** Site settings: `newsarchive.config.json`, every field overridable by a command-line flag. */
export const SettingsSchema = z.object({
  title: z.string().min(1).default('Nyhedsarkivet'),
  description: z.string().default('Et arkiv af danske nyhedsartikler.'),
  /** Absolute origin the site is served from, used for canonical URLs and feeds. */
  baseUrl: z.url({ protocol: /^https?$/ }).default('http://localhost:8080'),
  /** Sub-path the site is served under, `/` or `/arkiv/`. */
  pathPrefix: z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'expected a path such as / or /arkiv/')
    .default('/'),
  /** Folder of article files, relative to the working directory. */
  content: z.string().min(1).default('content'),
  /** Folder the site is written to. */
  output: z.string().min(1).default('dist'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Turns `arkiv`, `/arkiv` or `arkiv/` into `/arkiv/`. */
export function normalizePathPrefix(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Drops a trailing slash, so `${baseUrl}${path}` never doubles it. */
export function normalizeBaseUrl(value: string): string {
  return value.trim().replace(/\/+$/, '');
}
