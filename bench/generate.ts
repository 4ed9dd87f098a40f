/**
 * Writes a synthetic archive of news texts in the raw shapes of real files:
 *
 *   npm run bench:generate -- --articles 20000 [--seed 1] --dir /tmp/corpus
 *
 * The same seed and count always give the same files. The folder must be empty or missing.
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ARCHIVE_SPREAD, writeCorpus } from './corpus.ts';

export interface GenerateOptions {
  articles: number;
  seed: number;
  dir: string;
}

/** Writes `articles` articles of the archive corpus for `seed` into `dir`. */
export async function generateCorpus({ articles, seed, dir }: GenerateOptions): Promise<void> {
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw new Error(`${dir} is not empty`);
  await writeCorpus(dir, { articles, seed, ...ARCHIVE_SPREAD });
}

/** Reads `--articles`, `--seed` and `--dir`; throws with a usage line when one is wrong. */
export function generateOptions(args: string[]): GenerateOptions {
  const { values } = parseArgs({ args, options: { articles: { type: 'string' }, seed: { type: 'string', default: '1' }, dir: { type: 'string' } } });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed) || values.dir === undefined) {
    throw new Error('usage: generate --articles N [--seed S] --dir DIR');
  }
  return { articles, seed, dir: path.resolve(values.dir) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const options = generateOptions(process.argv.slice(2));
    await generateCorpus(options);
    console.log(`Wrote ${options.articles} articles (seed ${options.seed}) into ${options.dir}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
