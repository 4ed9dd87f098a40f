import assert from 'node:assert/strict';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from './cli.ts';
import { type CorpusArticle, writeCorpus } from '../../bench/corpus.ts';
import { CONTENT, temporaryFolder } from './paths.ts';

export const BASE_URL = 'https://arkiv.example.dk';

export interface TestSite {
  /** The temporary folder holding content, output and cache. */
  folder: string;
  content: string;
  output: string;
  corpus: CorpusArticle[];
  prefix: string;
  remove: () => Promise<void>;
}

export interface TestSiteOptions {
  /** Generated articles besides the two samples. */
  articles?: number;
  seed?: number;
  prefix?: string;
  /** Writes more files into the content folder before the build. */
  addContent?: (content: string) => Promise<void>;
}

/** Builds the samples plus a generated corpus into a temporary folder, as a user would. */
export async function buildTestSite(options: TestSiteOptions = {}): Promise<TestSite> {
  const { articles = 300, seed = 1, prefix = '/', addContent } = options;
  const folder = await temporaryFolder('newsarchive-site-');
  try {
    const content = path.join(folder.path, 'content');
    await cp(CONTENT, content, { recursive: true });
    const corpus = await writeCorpus(content, { articles, seed });
    await addContent?.(content);
    const output = path.join(folder.path, 'site');
    const args = ['build', '--quiet', '--content', content, '--output', output, '--cache-dir', path.join(folder.path, 'cache'), '--base-url', BASE_URL, '--path-prefix', prefix];
    const run = await runCli(args);
    assert.equal(run.code, 0, run.stderr);
    return { folder: folder.path, content, output, corpus, prefix, remove: folder.remove };
  } catch (error) {
    await folder.remove();
    throw error;
  }
}

/** Every file under `root`, relative, sorted. */
export async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Article pages: `YYYY/MM/slug/`, `YYYY/slug/` and `udateret/slug/`, not list pages. */
export function isArticlePage(file: string): boolean {
  const match = /^(?:\d{4}\/\d{2}|\d{4}|udateret)\/([^/]+)\/index\.html$/.exec(file);
  return match !== null && !/^(?:\d{2}|side-\d+)$/.test(match[1] ?? '');
}
