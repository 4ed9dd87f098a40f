import assert from 'node:assert/strict';
import { cp, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { Settings } from '../../src/model/index.ts';
import { buildSite } from '../../src/site/build.ts';
import { loadSettings } from '../../src/site/settings.ts';
import { newsText, writeArticle, writeArticles } from '../support/articles.ts';
import { differencesFromFullBuild } from '../support/full-build.ts';
import { CONTENT, PROJECT_ROOT, temporaryFolder } from '../support/paths.ts';

// Whatever sequence of changes an archive goes through, each rebuild gives the output a full
// build of the same content gives, byte for byte.

const TAGS = ['Danmark', 'EU', 'Klima', 'Ukraine', 'Valg'];

type Change =
  | { kind: 'add'; number: number; year: number; month: number; day: number; shape: 'prefix' | 'undated' | 'front matter'; tags: string[]; alias: boolean }
  | { kind: 'edit'; pick: number; what: 'headline' | 'body' | 'date' }
  | { kind: 'delete'; pick: number }
  | { kind: 'rename'; pick: number; number: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      number: fc.integer({ min: 100, max: 999 }),
      year: fc.integer({ min: 2020, max: 2023 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      shape: fc.constantFrom('prefix' as const, 'undated' as const, 'front matter' as const),
      tags: fc.subarray(TAGS),
      alias: fc.boolean(),
    }),
  },
  // Edits most often: an edit changes what many pages show of an article.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), what: fc.constantFrom('headline' as const, 'body' as const, 'date' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), number: fc.integer({ min: 100, max: 999 }) }) },
);

let folder: Awaited<ReturnType<typeof temporaryFolder>>;
let settings: Settings;
let content: string;

before(async () => {
  folder = await temporaryFolder();
  content = path.join(folder.path, 'content');
  await cp(CONTENT, content, { recursive: true });
  // Enough articles that most changes are incremental and some lists run over several pages.
  await writeArticles(content, 60);
  settings = { ...(await loadSettings(PROJECT_ROOT)), content, output: path.join(folder.path, 'site') };
  await buildSite(settings, { cacheDir: path.join(folder.path, 'cache') });
});

after(() => folder.remove());

/** The article files of the content folder, sorted. */
async function articleFiles(): Promise<string[]> {
  const entries = await readdir(content, { recursive: true });
  return entries.filter((file) => /\.(?:txt|md)$/.test(file)).sort();
}

function addedText({ number, year, month, day, shape, tags, alias }: Extract<Change, { kind: 'add' }>): string {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (shape === 'prefix') return newsText(number, day, month, year);
  if (shape === 'undated') return newsText(number, day, month, year).replace(/^ date \S+ /, '').concat(`Aftalen blev indgået ${day}. marts ${year}.\n`);
  const front = ['---', `title: Tema nummer ${number} om ${tags[0] ?? 'ingenting'}`, `date: ${iso}`, `tags: [${tags.join(', ')}]`];
  if (alias) front.push(`aliases: [/gammel/tema-${number}/]`);
  return [...front, '---', `Et tema om ${tags.join(' og ') || 'ingenting'}, skrevet til nummer ${number}.`, ''].join('\n');
}

function edited(text: string, what: Extract<Change, { kind: 'edit' }>['what']): string {
  if (what === 'body') return `${text}\nEt nyt afsnit til sidst.\n`;
  if (what === 'headline') return text.replace(/besøger|title: Tema/, (found) => (found === 'besøger' ? 'gæster' : 'title: Nyt tema'));
  // Another day of the same month: `date 2022-03-07` → `date 2022-03-18`.
  return text.replace(/(date:? \d{4}-\d{2}-)(\d{2})/, (_, start: string, day: string) => `${start}${String(((Number(day) + 10) % 28) + 1).padStart(2, '0')}`);
}

async function apply(step: Change): Promise<void> {
  if (step.kind === 'add') {
    const extension = step.shape === 'front matter' ? 'md' : 'txt';
    await writeArticle(content, `${step.year}/ny-${step.number}.${extension}`, addedText(step));
    return;
  }
  const files = await articleFiles();
  const file = files[step.pick % files.length] as string;
  const full = path.join(content, file);
  if (step.kind === 'edit') await writeArticle(content, file, edited(await readFile(full, 'utf8'), step.what));
  else if (step.kind === 'delete') await rm(full);
  else await rename(full, path.join(path.dirname(full), `flyttet-${step.number}${path.extname(file)}`));
}

/** Builds incrementally, then compares with a full build of the same content into a fresh folder. */
async function buildAndCompare(): Promise<void> {
  await buildSite(settings, { cacheDir: path.join(folder.path, 'cache') });
  assert.deepEqual(await differencesFromFullBuild(settings, folder.path), []);
}

test('should match a full build after every change of any sequence of adds, edits, deletes and renames', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(change, { minLength: 2, maxLength: 5 }), async (changes) => {
      for (const step of changes) {
        await apply(step);
        await buildAndCompare();
      }
    }),
    // The content folder carries over from one sequence to the next: a failure is reported as
    // found, with its seed, rather than shrunk against a folder the sequence already changed.
    { numRuns: 5, endOnFailure: true },
  );
});
