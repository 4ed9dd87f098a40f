import path from 'node:path';
import type { Settings } from '../../model/index.ts';
import { buildSite, serveSite } from '../../site/build.ts';
import { loadSettings } from '../../site/settings.ts';
import type { ParsedCommandLine } from '../args.ts';
import { UsageError } from '../args.ts';
import type { Io } from '../io.ts';
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
  if (content !== undefined) overrides.content = content;
  if (output !== undefined) overrides.output = output;
  if (baseUrl !== undefined) overrides.baseUrl = baseUrl;
  if (pathPrefix !== undefined) overrides.pathPrefix = pathPrefix;
  if (title !== undefined) overrides.title = title;
  return loadSettings(io.cwd, overrides).then((settings) => ({
    ...settings,
    content: path.resolve(io.cwd, settings.content),
    output: path.resolve(io.cwd, settings.output),
  }));
}

/** `newsarchive build`: the site into the output folder; exit 0 unless --strict and errors. */
export async function buildCommand(cli: ParsedCommandLine, io: Io): Promise<number> {
  const settings = await settingsFor(cli, io);
  const started = performance.now();
  const summary = await buildSite(settings, { drafts: cli.values.drafts === true });
  const quiet = cli.values.quiet === true;
  const shown = (file: string) => path.relative(io.cwd, file) || '.';

  for (const error of summary.errors) io.stderr(`${displayDiagnostic(error, shown(settings.content), false)}\n`);
  if (!quiet) {
    for (const warning of summary.warnings.slice(0, WARNINGS_SHOWN)) {
      io.stderr(`${displayDiagnostic(warning, shown(settings.content), false)}\n`);
    }
    const hidden = summary.warnings.length - WARNINGS_SHOWN;
    if (hidden > 0) io.stderr(`… and ${plural(hidden, 'more warning', 'more warnings')}; \`newsarchive check\` lists them all\n`);
    io.stdout(
      `Built ${plural(summary.pages, 'page', 'pages')} from ${plural(summary.articles, 'article', 'articles')} ` +
        `into ${shown(summary.output)}/ in ${seconds(performance.now() - started)}: ` +
        `${plural(summary.errors.length, 'error', 'errors')}, ${plural(summary.warnings.length, 'warning', 'warnings')}\n`,
    );
  }
  return cli.values.strict === true && summary.errors.length > 0 ? 1 : 0;
}

/** `newsarchive serve`: the dev server; runs until interrupted. */
export async function serveCommand(cli: ParsedCommandLine, io: Io): Promise<number> {
  const settings = await settingsFor(cli, io);
  const portText = typeof cli.values.port === 'string' ? cli.values.port : '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`Invalid port \`${portText}\`, expected a number from 1 to 65535`, 'serve');
  }
  const server = await serveSite(settings, port, { drafts: cli.values.drafts === true });
  io.stdout(`Serving ${server.url} — rebuilding when content or templates change. Stop with Ctrl+C.\n`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  await server.close();
  return 0;
}
