import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { Archive, Pages } from '../archive/index.ts';
import { buildArchive, searchShards } from '../archive/index.ts';
import type { Corpus } from '../enrich/index.ts';
import { placeArticles, relateCorpus, warningsOf } from '../enrich/index.ts';
import type { Article, Diagnostic, Settings } from '../model/index.ts';
import { rescanArticleFiles } from '../read/files.ts';
import { refreshStore, scanInThread } from './load.ts';
import { acquireLock } from './lock.ts';
import { commitIncremental, recoverOutput, siblingFolder, swapIn } from './output.ts';
import { codeFingerprint, PARSER_CODE, RENDER_CODE, SITE_CODE } from './paths.ts';
import type { PlannedPage } from './plan.ts';
import { pagesToRender, planPages, planShards } from './plan.ts';
import type { Progress } from './progress.ts';
import { silentProgress } from './progress.ts';
import { Renderer } from './renderer.ts';
import { SearchIndexWriter } from './search.ts';
import type { BuildSession } from './session.ts';
import type { StoredFile } from './store.ts';
import { RecordStore } from './store.ts';
import { siteView } from './view.ts';

export interface BuildOptions {
  drafts?: boolean;
  /** Where parsed records and the last build's manifest are kept. */
  cacheDir?: string;
  progress?: Progress;
  /** Keeps the record store and the render thread for the next build of the same process. */
  session?: BuildSession;
}

export interface BuildSummary {
  files: number;
  articles: number;
  /** Pages of the site. */
  pages: number;
  /** Pages rendered by this build (all of them in a full build). */
  rendered: number;
  /** Pages and search index parts deleted because their articles are gone. */
  removed: number;
  /** Parts of the search index written. */
  searchParts: number;
  mode: 'full' | 'incremental';
  errors: Diagnostic[];
  warnings: Diagnostic[];
  output: string;
  /** Milliseconds spent in each phase; rendering and search indexing run at the same time. */
  timings: BuildTimings;
}

export interface BuildTimings {
  /** Reading and parsing changed files. */
  read: number;
  /** Enriching, archiving and deciding which pages changed. */
  plan: number;
  render: number;
  /** Writing the changed parts of the search index. */
  search: number;
}

/** Pages Eleventy renders at a time; bodies are loaded per batch to keep memory flat. */
const BATCH_SIZE = 2000;
/** A record store index larger than this (about 2 500 articles) is read while a thread lists the content folder. */
const SCAN_IN_THREAD_BYTES = 2 * 1024 * 1024;
/** Changed files the scanning thread parses at most; more are left to the parser threads. */
const SCAN_PARSES_AT_MOST = 100;
/** Above this share of changed pages a build renders everything and swaps the output. */
const FULL_BUILD_SHARE = 0.5;
/** Written into the output: identifies the build that made it. */
const MARKER = '.newsarchive';

/** What the last build wrote: the hash of every page and of every part of the search index. */
interface Manifest {
  marker: string;
  /** A hash of the code, the settings and every parsed file the build was made from. */
  inputs: string;
  /** By output file. */
  pages: Map<string, string>;
  /** By part name. */
  shards: Map<string, string>;
}

/** Version of the manifest file; a manifest in another one is ignored, and the next build is full. */
const MANIFEST_FORMAT = 2;

/**
 * Builds the site. Parsed records are cached by content, and only pages whose content changed
 * since the last build are rendered; they are moved into the output when all are written. A
 * first build, or one after the output was changed by hand, renders everything into a staging
 * folder next to the output and swaps it in. Either way a failed build leaves the previous
 * output as it was.
 */
export async function buildSite(settings: Settings, options: BuildOptions = {}): Promise<BuildSummary> {
  const output = path.resolve(settings.output);
  const cacheDir = path.resolve(options.cacheDir ?? '.cache/newsarchive');
  const progress = options.progress ?? silentProgress;
  mkdirSync(cacheDir, { recursive: true });
  const lock = acquireLock(cacheDir);
  const records = path.join(cacheDir, 'records');
  const manifestPath = path.join(cacheDir, 'manifest');
  const summaryPath = path.join(cacheDir, 'summary.json');
  // Written while the pages render, and renamed into place once the output is committed.
  const nextManifest = `${manifestPath}.next`;
  const nextSummary = `${summaryPath}.next`;
  const { session } = options;
  // Most likely a rebuild, which renders few pages: Eleventy loads in the background from the
  // start, while the record store is read and the pages are planned.
  const rebuilding = existsSync(manifestPath) && existsSync(output);
  const renderCode = codeFingerprint(RENDER_CODE);
  const renderer = session ? session.renderer(renderCode, rebuilding) : new Renderer(rebuilding);
  // The store, for the end of the build: opened in the `try` below.
  let opened: RecordStore | null = null;
  const timings: BuildTimings = { read: 0, plan: 0, render: 0, search: 0 };
  const timed = async <T>(phase: keyof BuildTimings, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[phase] = performance.now() - started;
    }
  };
  try {
    const parserCode = codeFingerprint(PARSER_CODE);
    const content = path.resolve(settings.content);
    // Told by a watcher what changed since the last build, a session looks at those files only.
    const changes = session?.takeChanges(content, records, parserCode) ?? null;
    // A large store takes a while to read: meanwhile a thread lists the content folder and
    // parses the files changed since the store was saved.
    const reading = !session?.holdsStore(records, parserCode) && RecordStore.indexBytes(records) > SCAN_IN_THREAD_BYTES;
    const scanning = reading ? scanInThread(settings.content, RecordStore.savedAt(records), SCAN_PARSES_AT_MOST) : null;
    scanning?.catch(() => {});
    const store = session ? session.store(records, parserCode) : RecordStore.open(records, parserCode);
    opened = store;
    recoverOutput(output);
    const journal = path.join(cacheDir, 'commit.json');
    const previous = readManifest(manifestPath);
    // A manifest of the format before this one, left until a build writes the current one.
    if (previous === null) rmSync(path.join(cacheDir, 'manifest.json'), { force: true });
    // Whether the output is the one the manifest describes, so that pages can be updated in place.
    const usable = previous !== null && !existsSync(journal) && readMarker(output) === previous.marker;
    if (!usable) limitHeapGrowth();
    const { files, errors } = await timed('read', async () => {
      const rescanned = changes && rescanArticleFiles(content, changes.listing, changes.changes);
      const read = await refreshStore(store, settings.content, progress, scanning ? await scanning : rescanned ? { scanned: rescanned } : {});
      // The records are final now; saved before the pages take up memory.
      store.save();
      session?.keepListing(content, read.listing, Boolean(rescanned));
      return read;
    });
    const planStarted = performance.now();
    const stored = Object.entries(store.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // What every page and every part of the search index depends on besides its own content.
    const settingsSalt = createHash('sha1')
      .update(renderCode)
      .update(JSON.stringify({ ...settings, content: '', output: '' }))
      .digest('hex');
    const inputs = inputsDigest(settingsSalt, options.drafts === true, stored);
    // Nothing changed since the build that made the output: its summary is all there is to give.
    const unchanged = usable && previous.inputs === inputs ? readKeptSummary(summaryPath, inputs) : null;
    if (unchanged) {
      const { articles, pages, warnings } = unchanged;
      return { files, articles, pages, rendered: 0, removed: 0, searchParts: 0, mode: 'incremental', errors: unchanged.errors, warnings, output, timings };
    }
    const parsed = stored.flatMap(([, entry]) => (entry.record ? [entry.record] : []));
    // The search index needs the articles placed, not related: Pagefind starts while topics
    // and related articles are worked out.
    const placed = placeArticles(parsed, options);
    const bodyKeys = new Map(placed.articles.map((article) => [article.id, store.files[article.file]?.key ?? '']));

    const searchParts = searchShards(placed.articles);
    const shards = planShards(searchParts, bodyKeys, settingsSalt);
    const bodyOf = (article: Article) => store.body(article.file);
    const target = siblingFolder(output, 'staging');
    rmSync(target, { recursive: true, force: true });

    // Pagefind starts on the changed parts of the search index while the pages are laid out and planned.
    // A rebuild re-indexes a part or two while the pages are planned and rendered: the
    // indexing waits for them, not they for it (on a machine with two cores a rebuild is an
    // eighth faster so).
    const search = new SearchIndexWriter(searchParts, siteView(settings), target, store.log, (article) => store.files[article.file]?.body ?? null, progress, usable, session && ((background) => session.searchThread(background)));
    search.write(shards.filter((shard) => !usable || previous.shards.get(shard.name) !== shard.hash).map((shard) => shard.name));
    let counts: Pick<BuildSummary, 'pages' | 'rendered' | 'removed' | 'searchParts' | 'mode'>;
    let kept: KeptSummary;
    let corpus: Corpus;
    let archive: Archive;
    try {
      corpus = relateCorpus(placed);
      archive = buildArchive(corpus, searchParts);
      const salt = createHash('sha1').update(settingsSalt).update(JSON.stringify(archive.chrome)).digest('hex');
      const planned = planPages(archive, bodyKeys, salt);
      const changed = usable ? planned.filter((page) => previous.pages.get(page.file) !== page.hash) : planned;
      // When most pages change anyway, a staged full build swaps them in at once.
      const incremental = usable && changed.length <= planned.length * FULL_BUILD_SHARE;
      if (!incremental) limitHeapGrowth();
      const dirtyPages = incremental ? changed : planned;
      // A full build writes every part of the search index into the new output.
      if (!incremental) search.write(shards.map((shard) => shard.name));
      const current = new Set(planned.map((page) => page.file));
      const currentShards = new Set(shards.map((shard) => shard.name));
      const removed = incremental
        ? [
            ...[...previous.pages.keys()].filter((file) => !current.has(file)),
            ...[...previous.shards.keys()].filter((name) => !currentShards.has(name)).map((name) => `pagefind/${name}`),
          ]
        : [];

      timings.plan = performance.now() - planStarted;
      progress.planned(planned.length, dirtyPages.length);
      const render = async () => {
        for (let start = 0; start < dirtyPages.length; start += BATCH_SIZE) {
          const batch = dirtyPages.slice(start, start + BATCH_SIZE);
          const articles = articlesOf(batch);
          for (const article of articles) article.body = bodyOf(article);
          await renderer.render({ settings, pages: pagesToRender(archive, batch), chrome: archive.chrome, folder: target, assets: !incremental && start === 0 });
          for (const article of articles) article.body = [];
          progress.rendered(Math.min(start + BATCH_SIZE, dirtyPages.length), dirtyPages.length);
        }
      };
      const rendered = Promise.all([
        timed('render', async () => {
          await render();
          // The render thread gives its memory back as soon as it is done.
          if (!session) await renderer.close();
        }),
        search.finished(),
      ]);
      // Awaited below; a failure meanwhile is not left unhandled.
      rendered.catch(() => {});
      // While the pages are rendered, the summary and the manifest are written beside their files.
      const pageHashes = planned.map((page) => [page.file, page.hash] as const);
      const marker = createHash('sha1').update(JSON.stringify([pageHashes, shards])).digest('hex');
      kept = { inputs, articles: corpus.articles.length, pages: planned.length, errors: [...errors, ...corpus.errors], warnings: [...warningsOf(corpus.articles), ...archive.warnings] };
      writeFileSync(nextSummary, JSON.stringify(kept));
      writeFileSync(nextManifest, manifestText({ marker, inputs, pages: new Map(pageHashes), shards: new Map(shards.map((shard) => [shard.name, shard.hash])) }));
      await rendered;
      timings.search = search.milliseconds;
      mkdirSync(target, { recursive: true });
      writeFileSync(path.join(target, MARKER), `${marker}\n`);
      if (incremental) {
        const commit = { from: target, files: [...dirtyPages.map((page) => page.file), MARKER], folders: [...search.parts].map((name) => `pagefind/${name}`), removed };
        commitIncremental(commit, output, journal);
      } else {
        mkdirSync(path.dirname(output), { recursive: true });
        swapIn(target, output);
      }
      counts = { pages: planned.length, rendered: dirtyPages.length, removed: removed.length, searchParts: search.parts.size, mode: incremental ? 'incremental' : 'full' };
      // The summary before the manifest, which names the same inputs: the summary of a build
      // that stopped in between is not taken for the output's.
      renameSync(nextSummary, summaryPath);
      renameSync(nextManifest, manifestPath);
    } catch (error) {
      // Stop Eleventy and Pagefind first: they may still be writing into the folder.
      await renderer.close();
      await search.finished().catch(() => {});
      rmSync(target, { recursive: true, force: true });
      for (const file of [nextSummary, nextManifest]) rmSync(file, { force: true });
      throw error;
    }

    return { files, articles: kept.articles, ...counts, errors: kept.errors, warnings: kept.warnings, output, timings };
  } catch (error) {
    await session?.forget();
    throw error;
  } finally {
    if (!session) await renderer.close();
    opened?.close();
    lock.release();
    limitHeapGrowth(false);
  }
}

/** The full articles the pages of a batch show: article pages and feeds. */
function articlesOf(batch: readonly PlannedPage[]): Article[] {
  return batch.flatMap((page) => {
    if (page.kind === 'articles') return [(page.entry as Pages['articles'][number]).article];
    if (page.kind === 'atomFeed' || page.kind === 'jsonFeed') return (page.entry as Pages['atomFeed'][number]).articles;
    return [];
  });
}

/**
 * Lets V8's heap grow only by half past what survived the last full collection, instead of up
 * to four times on a machine with much memory. A full build of a large archive holds half a
 * gigabyte of records and pages while Eleventy and Pagefind work beside it, so that would be
 * the largest part of its peak. Rebuilds keep the default: more collections would slow their
 * planning down, and they render and index little.
 */
function limitHeapGrowth(limit = true): void {
  // 0 is V8's default: a factor of its own choosing.
  setFlagsFromString(`--heap-growing-percent=${limit ? 50 : 0}`);
}

/** What a build reports besides its counts of work, kept for a build that finds nothing changed. */
interface KeptSummary {
  inputs: string;
  articles: number;
  pages: number;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/**
 * A hash of everything the output depends on: the code, the settings (`settingsSalt`), and
 * every file of the content folder as parsed (its key fixes its path and bytes).
 */
function inputsDigest(settingsSalt: string, drafts: boolean, stored: readonly [string, StoredFile][]): string {
  const hash = createHash('sha1').update(codeFingerprint(SITE_CODE)).update(`${settingsSalt}\n${drafts}\n`);
  for (const [, entry] of stored) hash.update(`${entry.key}\n`);
  return hash.digest('hex');
}

function readKeptSummary(file: string, inputs: string): KeptSummary | null {
  try {
    const summary = JSON.parse(readFileSync(file, 'utf8')) as KeptSummary;
    return summary.inputs === inputs ? summary : null;
  } catch {
    return null;
  }
}

/**
 * Reads the manifest: a line of JSON with the marker and the parts of the search index, then a
 * line per page, its hash and its file apart by a tab. Lines read much faster than one JSON
 * object with a key per page. (Versions before this format wrote `manifest.json`.)
 */
function readManifest(file: string): Manifest | null {
  let lines: string[];
  let head: { format: number; marker: string; inputs: string; shards: Record<string, string> };
  try {
    lines = readFileSync(file, 'utf8').split('\n');
    head = JSON.parse(lines[0] ?? '') as typeof head;
  } catch {
    return null;
  }
  if (head.format !== MANIFEST_FORMAT) return null;
  const pages = new Map<string, string>();
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] as string;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const page = line.slice(tab + 1);
    pages.set(page.startsWith('"') ? (JSON.parse(page) as string) : page, line.slice(0, tab));
  }
  return { marker: head.marker, inputs: head.inputs, pages, shards: new Map(Object.entries(head.shards)) };
}

/** The manifest as `readManifest` reads it. */
function manifestText(manifest: Manifest): string {
  let text = `${JSON.stringify({ format: MANIFEST_FORMAT, marker: manifest.marker, inputs: manifest.inputs, shards: Object.fromEntries(manifest.shards) })}\n`;
  // An alias may hold a tab or a line break: such a file name is written as a JSON string.
  for (const [page, hash] of manifest.pages) text += `${hash}\t${/[\t\n\r"]/.test(page) ? JSON.stringify(page) : page}\n`;
  return text;
}

function readMarker(output: string): string | null {
  try {
    return readFileSync(path.join(output, MARKER), 'utf8').trim();
  } catch {
    return null;
  }
}
