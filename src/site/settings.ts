import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from '../model/index.ts';
import { normalizeBaseUrl, normalizePathPrefix, SettingsSchema } from '../model/index.ts';

export const SETTINGS_FILE = 'newsarchive.config.json';

/** A settings file that cannot be used; `file` is its path. */
export class SettingsError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${file}: ${message}`, options);
    this.name = 'SettingsError';
  }
}

/**
 * Site settings from `newsarchive.config.json` in `folder` (when there is one), with
 * `overrides` from the command line on top.
 */
export async function loadSettings(folder: string, overrides: Partial<Settings> = {}): Promise<Settings> {
  const file = path.join(folder, SETTINGS_FILE);
  let stored: unknown = {};
  try {
    stored = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new SettingsError(file, error instanceof Error ? error.message : String(error), { cause: error });
  }
  const merged = { ...(stored as object), ...definedOnly(overrides) };
  const checked = SettingsSchema.safeParse(merged);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new SettingsError(file, `\`${issue?.path.join('.') ?? ''}\`: ${issue?.message ?? 'invalid'}`);
  }
  const settings = checked.data;
  return { ...settings, baseUrl: normalizeBaseUrl(settings.baseUrl), pathPrefix: normalizePathPrefix(settings.pathPrefix) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
