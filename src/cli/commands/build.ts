import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../model/index.ts';
import type { BuildSummary } from '../../site/build.ts';
import { buildSite } from '../../site/build.ts';
import { silentProgress } from '../../site/progress.ts';
import { serveSite } from '../../site/serve.ts';
import { loadSettings, SettingsError } from '../../site/settings.ts';
import type { ParsedCommandLine } from '../args.ts';
import { UsageError } from '../args.ts';
import type { Io } from '../io.ts';
import { progressReporter } from '../progress.ts';
import { displayDiagnostic, plural, seconds } from '../report.ts';

/** Warnings printed by a build before it refers to `newsarchive check`. */
const WARNINGS_SHOWN = 20;

/** Settings from the config file with the command line's flags on top. */
export function settingsFor(cli: ParsedCommandLine, io: Io): Promise<Settings> {
  const text = (name: string) => (typeof cli.values[name] === 'string' ? (cli.values[name] as string) : undefined);
  const overrides: Partial<Settings> = {};
  const content = text('content');
  const output = text('output');
  const baseUrl = text('base-url');
  const pathPrefix = text('path-prefix');
  const title = text('title');
  const description = text('description');
  if (content !== undefined) overrides.content = content;
  if (output !== undefined) overrides.output = output;
  if (baseUrl !== undefined) overrides.baseUrl = baseUrl;
  if (pathPrefix !== undefined) overrides.pathPrefix = pathPrefix;
  if (title !== undefined) overrides.title = title;
  if (description !== undefined) overrides.description = description;
  return loadSettings(io.cwd, overrides).then((settings) => {
    const resolved = { ...settings, content: path.resolve(io.cwd, settings.content), output: path.resolve(io.cwd, settings.output) };
    if (!existsSync(resolved.content)) {
      throw new SettingsError(path.relative(io.cwd, resolved.content) || '.', 'no such folder or file: name the articles with --content DIR or `content` in newsarchive.config.json');
    }
    return resolved;
  });
}

function cacheDirFor(cli: ParsedCommandLine, io: Io): string {
  return path.resolve(io.cwd, typeof cli.values['cache-dir'] === 'string' ? cli.values['cache-dir'] : '.cache/newsarchive');
}

/** `newsarchive build`: the site into the output folder; exit 0 unless --strict and errors. */
export async function buildCommand(cli: ParsedCommandLine, io: Io): Promise<number> {
  const settings = await settingsFor(cli, io);
  const json = cli.values.json === true;
  const quiet = cli.values.quiet === true || json;
  const started = performance.now();
  const progress = quiet ? { ...silentProgress, finish: () => {} } : progressReporter(io);
  let summary: BuildSummary;
  try {
    summary = await buildSite(settings, { drafts: cli.values.drafts === true, cacheDir: cacheDirFor(cli, io), progress });
  } finally {
    progress.finish();
  }
  const shown = (file: string) => path.relative(io.cwd, file) || '.';

  for (const error of summary.errors) io.stderr(`${displayDiagnostic(error, shown(settings.content), false)}\n`);
  if (json) io.stdout(`${JSON.stringify(jsonSummary(summary, performance.now() - started), null, 2)}\n`);
  else if (!quiet) {
    for (const warning of summary.warnings.slice(0, WARNINGS_SHOWN)) {
      io.stderr(`${displayDiagnostic(warning, shown(settings.content), false)}\n`);
    }
    const hidden = summary.warnings.length - WARNINGS_SHOWN;
    if (hidden > 0) io.stderr(`… and ${plural(hidden, 'more warning', 'more warnings')}; \`newsarchive check\` lists them all\n`);
    io.stdout(`${describeBuild(summary, shown(summary.output), performance.now() - started)}\n`);
  }
  return cli.values.strict === true && summary.errors.length > 0 ? 1 : 0;
}

/** The summary for scripts: counts, and milliseconds per phase and in all. */
export function jsonSummary(summary: BuildSummary, milliseconds: number) {
  const { mode, files, articles, pages, rendered, removed, searchParts, output, timings } = summary;
  const round = (value: number) => Math.round(value);
  return {
    mode,
    files,
    articles,
    pages,
    rendered,
    removed,
    searchParts,
    errors: summary.errors.length,
    warnings: summary.warnings.length,
    output,
    milliseconds: { total: round(milliseconds), read: round(timings.read), plan: round(timings.plan), render: round(timings.render), search: round(timings.search) },
  };
}

/** "Built 51 pages from 2 articles into dist/ in 1.0 s: 0 errors, 1 warning", or "Updated 3 of 51 pages …". */
export function describeBuild(summary: BuildSummary, output: string, milliseconds: number): string {
  const pages =
    summary.mode === 'full'
      ? `Built ${plural(summary.pages, 'page', 'pages')}`
      : `Updated ${summary.rendered} of ${plural(summary.pages, 'page', 'pages')}${summary.removed > 0 ? ` (${summary.removed} removed)` : ''}`;
  return (
    `${pages} from ${plural(summary.articles, 'article', 'articles')} into ${output}/ in ${seconds(milliseconds)}: ` +
    `${plural(summary.errors.length, 'error', 'errors')}, ${plural(summary.warnings.length, 'warning', 'warnings')}`
  );
}

/** `newsarchive serve`: the dev server; runs until interrupted. */
export async function serveCommand(cli: ParsedCommandLine, io: Io): Promise<number> {
  const settings = await settingsFor(cli, io);
  const portText = typeof cli.values.port === 'string' ? cli.values.port : '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`Invalid port \`${portText}\`, expected a number from 1 to 65535`, 'serve');
  }
  const shown = (file: string) => path.relative(io.cwd, file) || '.';
  const onBuild = (result: BuildSummary | Error, milliseconds: number) => {
    if (result instanceof Error) io.stderr(`newsarchive: ${result.message}\n`);
    else {
      for (const error of result.errors) io.stderr(`${displayDiagnostic(error, shown(settings.content), false)}\n`);
      io.stdout(`${describeBuild(result, shown(result.output), milliseconds)}\n`);
    }
  };
  const server = await serveSite(settings, port, { drafts: cli.values.drafts === true, cacheDir: cacheDirFor(cli, io), onBuild });
  io.stdout(`Serving ${server.url} — rebuilding when content or templates change. Stop with Ctrl+C.\n`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  await server.close();
  return 0;
}
