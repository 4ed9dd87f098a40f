/**
 * Benchmarks newsarchive against Hugo + Pagefind on the same synthetic archive:
 *
 *   npm run bench -- --articles 20000 [--runs 3] [--seed 1] [--no-hugo]
 *
 * Each run builds cold (empty cache and output), then rebuilds after adding an article (at a
 * random date), editing one, deleting the added one, and adding the archive's newest article;
 * Hugo builds the same articles converted to Markdown from scratch, and Pagefind indexes its
 * output. Medians go to the terminal, to bench/results/ as JSON and as a
 * Markdown table for the README.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ARCHIVE_SPREAD, composeArticle, writeCorpusArticle } from './corpus.ts';
import { generateCorpus } from './generate.ts';
import { writeHugoSite } from './hugo.ts';
import { type Measured, measure, median } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin', 'newsarchive.js');
const PAGEFIND = path.join(ROOT, 'node_modules', '.bin', 'pagefind');

interface Options {
  articles: number;
  runs: number;
  seed: number;
  hugo: boolean;
}

/** The JSON summary `newsarchive build --json` prints. */
interface BuildJson {
  mode: 'full' | 'incremental';
  articles: number;
  pages: number;
  rendered: number;
  milliseconds: { total: number; read: number; plan: number; render: number; search: number };
}

interface Step {
  milliseconds: number;
  peakRss: number;
  build?: BuildJson;
}

type OursStep = 'cold' | 'add' | 'edit' | 'delete' | 'append';
const REBUILDS = ['add', 'edit', 'delete', 'append'] as const;
const REBUILT: Record<(typeof REBUILDS)[number], string> = {
  add: 'adding one article',
  edit: 'editing one article',
  delete: 'deleting one article',
  append: 'adding the newest article',
};

function options(): Options {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      articles: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      'no-hugo': { type: 'boolean', default: false },
    },
  });
  const result = { articles: Number(values.articles), runs: Number(values.runs), seed: Number(values.seed), hugo: !values['no-hugo'] };
  if (![result.articles, result.runs, result.seed].every((value) => Number.isInteger(value) && value > 0)) {
    throw new Error('usage: npm run bench -- --articles N [--runs R] [--seed S] [--no-hugo]');
  }
  return result;
}

function check(run: Measured, what: string): Measured {
  if (run.code !== 0) throw new Error(`${what} failed with exit code ${run.code}:\n${run.stderr || run.stdout}`);
  return run;
}

async function ours(workspace: string, content: string, { articles, seed }: Options, run: number): Promise<Record<OursStep, Step>> {
  const output = path.join(workspace, 'dist');
  const cache = path.join(workspace, 'cache');
  const build = async (what: string): Promise<Step> => {
    const measured = check(await measure(process.execPath, [CLI, 'build', '--json', '--content', content, '--output', output, '--cache-dir', cache]), what);
    const summary = JSON.parse(measured.stdout) as BuildJson;
    return { milliseconds: measured.milliseconds, peakRss: measured.peakRss, build: summary };
  };
  rmSync(output, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  // Every change below is undone, also when a build fails, so that the next run starts from the generated corpus.
  const undo: (() => void)[] = [];
  try {
    const cold = await build('cold build');

    // One article more: the next one the generator would write.
    const added = await writeCorpusArticle(content, seed, articles + run, ARCHIVE_SPREAD);
    undo.push(() => rmSync(path.join(content, added.file), { force: true }));
    const add = await build('rebuild after adding an article');

    // An edit of a dated article's text; another article in each run.
    const edited = path.join(content, composeArticle(seed, (12 * (run + 1)) % articles, ARCHIVE_SPREAD).file);
    const original = readFileSync(edited);
    undo.push(() => writeFileSync(edited, original));
    writeFileSync(edited, original.toString('utf8').replace('inden sommerferien.', `inden sommerferien, oplyser ministeriet (rettet ${run}).`));
    const edit = await build('rebuild after editing an article');

    unlinkSync(path.join(content, added.file));
    const remove = await build('rebuild after deleting an article');

    // What a growing archive adds every day: an article newer than all others.
    const newest = await writeCorpusArticle(content, seed, articles + 1000 + run, ARCHIVE_SPREAD, { newest: true });
    undo.push(() => rmSync(path.join(content, newest.file), { force: true }));
    const append = await build('rebuild after adding the newest article');
    return { cold, add, edit, delete: remove, append };
  } finally {
    for (const step of undo.reverse()) step();
  }
}

function ensureHugo(): string {
  const version = () => spawnSync('hugo', ['version'], { encoding: 'utf8' });
  let found = version();
  if (found.error) {
    console.log('Installing Hugo with apt-get (Debian package hugo) …');
    const [command, ...args] = [...(process.getuid?.() === 0 ? [] : ['sudo']), 'apt-get', 'install', '-y', 'hugo'];
    execFileSync(command as string, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    found = version();
  }
  return found.stdout.trim().split(' ').slice(0, 2).join(' ');
}

async function hugo(site: string): Promise<{ build: Step; search: Step }> {
  const output = path.join(site, 'public');
  rmSync(output, { recursive: true, force: true });
  rmSync(path.join(site, 'resources'), { recursive: true, force: true });
  const build = check(await measure('hugo', ['--quiet', '--source', site, '--destination', output]), 'hugo');
  const search = check(await measure(PAGEFIND, ['--site', output, '--silent']), 'pagefind');
  return { build: { milliseconds: build.milliseconds, peakRss: build.peakRss }, search: { milliseconds: search.milliseconds, peakRss: search.peakRss } };
}

const secondsText = (milliseconds: number) => `${(milliseconds / 1000).toFixed(milliseconds < 10_000 ? 2 : 1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(3) : '–');

async function main(): Promise<void> {
  const opts = options();
  const workspace = path.join(ROOT, '.cache', 'bench', `${opts.articles}-${opts.seed}`);
  const content = path.join(workspace, 'content');
  if (!existsSync(path.join(workspace, 'generated'))) {
    rmSync(workspace, { recursive: true, force: true });
    console.log(`Generating ${opts.articles} articles (seed ${opts.seed}) into ${path.relative(ROOT, content)}/ …`);
    await generateCorpus({ articles: opts.articles, seed: opts.seed, dir: content });
    writeFileSync(path.join(workspace, 'generated'), '');
  }
  // The command line compiles itself after a change of its sources; not part of any build.
  check(await measure(process.execPath, [CLI, 'build', '--help']), 'newsarchive');

  const hugoVersion = opts.hugo ? ensureHugo() : null;
  const hugoSite = path.join(workspace, 'hugo');
  if (opts.hugo) {
    const pages = await writeHugoSite(content, hugoSite);
    console.log(`Converted ${pages} articles to Markdown for ${hugoVersion}`);
  }

  const oursRuns: Record<OursStep, Step>[] = [];
  const hugoRuns: { build: Step; search: Step }[] = [];
  for (let run = 0; run < opts.runs; run++) {
    const result = await ours(workspace, content, opts, run);
    oursRuns.push(result);
    const line = (['cold', ...REBUILDS] as const).map((step) => `${step} ${secondsText(result[step].milliseconds)}`).join(', ');
    console.log(`run ${run + 1}/${opts.runs} newsarchive: ${line}, peak ${megabytes(result.cold.peakRss)}`);
    if (opts.hugo) {
      const measured = await hugo(hugoSite);
      hugoRuns.push(measured);
      console.log(`run ${run + 1}/${opts.runs} Hugo: build ${secondsText(measured.build.milliseconds)}, Pagefind ${secondsText(measured.search.milliseconds)}`);
    }
  }

  const oursMedian = (step: OursStep) => median(oursRuns.map((run) => run[step].milliseconds));
  const oursPeak = median(oursRuns.map((run) => Math.max(...Object.values(run).map((step) => step.peakRss))));
  const oursSearch = median(oursRuns.map((run) => run.cold.build?.milliseconds.search ?? 0));
  const hugoBuild = median(hugoRuns.map((run) => run.build.milliseconds));
  const hugoSearch = median(hugoRuns.map((run) => run.search.milliseconds));
  const hugoTotal = median(hugoRuns.map((run) => run.build.milliseconds + run.search.milliseconds));
  const hugoPeak = median(hugoRuns.map((run) => Math.max(run.build.peakRss, run.search.peakRss)));
  const cold = oursMedian('cold');
  const pages = oursRuns[0]?.cold.build?.pages ?? 0;

  const rows: [string, string, string, string][] = [
    ['cold build, search included', secondsText(cold), opts.hugo ? secondsText(hugoTotal) : '', opts.hugo ? ratio(cold, hugoTotal) : ''],
    ['  of which search indexing', `${secondsText(oursSearch)} (alongside rendering)`, opts.hugo ? secondsText(hugoSearch) : '', opts.hugo ? ratio(oursSearch, hugoSearch) : ''],
    ['  without search (Hugo alone)', '', opts.hugo ? secondsText(hugoBuild) : '', ''],
    ...REBUILDS.map((step): [string, string, string, string] => [
      `rebuild after ${REBUILT[step]}`,
      secondsText(oursMedian(step)),
      opts.hugo ? `${secondsText(hugoTotal)} (full)` : '',
      opts.hugo ? ratio(oursMedian(step), hugoTotal) : '',
    ]),
    ['peak memory (RSS, all processes)', megabytes(oursPeak), opts.hugo ? megabytes(hugoPeak) : '', opts.hugo ? ratio(oursPeak, hugoPeak) : ''],
    ['articles per second, cold', String(Math.round(opts.articles / (cold / 1000))), opts.hugo ? String(Math.round(opts.articles / (hugoTotal / 1000))) : '', ''],
  ];
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
  const title = `${opts.articles.toLocaleString('en')} articles (${pages.toLocaleString('en')} pages), median of ${opts.runs} run${opts.runs === 1 ? '' : 's'}; ${machine}`;
  const headers: [string, string, string, string] = ['', 'newsarchive', hugoVersion ? `${hugoVersion} + Pagefind` : 'Hugo', 'ours/Hugo'];
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]?.length ?? 0)));
  console.log(`\n${title}`);
  for (const row of [headers, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd());
  console.log(`\n| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}`);

  const results = path.join(ROOT, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  const file = path.join(results, `${opts.articles}.json`);
  const json = {
    articles: opts.articles,
    seed: opts.seed,
    runs: opts.runs,
    pages,
    machine,
    hugo: hugoVersion,
    medians: {
      ours: { cold, ...Object.fromEntries(REBUILDS.map((step) => [step, oursMedian(step)])), search: oursSearch, peakRss: oursPeak },
      hugo: opts.hugo ? { build: hugoBuild, search: hugoSearch, total: hugoTotal, peakRss: hugoPeak } : null,
    },
    oursRuns,
    hugoRuns,
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
