import { parseArgs } from 'node:util';

/** A command line that cannot be run; printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type OptionSpec = { type: 'string' | 'boolean'; short?: string; value?: string; help: string };

export interface CommandSpec {
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  positionals: boolean;
}

const SITE_OPTIONS: Record<string, OptionSpec> = {
  content: { type: 'string', value: 'DIR', help: 'folder of article files (default: content)' },
  output: { type: 'string', value: 'DIR', help: 'folder the site is written to (default: dist)' },
  'base-url': { type: 'string', value: 'URL', help: 'address the site is served from, for canonical links and feeds' },
  'path-prefix': { type: 'string', value: 'PATH', help: 'sub-path the site is served under, such as /arkiv/' },
  title: { type: 'string', value: 'TEXT', help: 'site title' },
  description: { type: 'string', value: 'TEXT', help: 'site description, shown under the title and in feeds' },
  drafts: { type: 'boolean', help: 'include articles marked draft: true' },
  'cache-dir': { type: 'string', value: 'DIR', help: 'where parsed articles and the last build are remembered (default: .cache/newsarchive)' },
};

const HELP: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

export const COMMANDS: Record<string, CommandSpec> = {
  build: {
    summary: 'build the site from the content folder',
    usage: 'newsarchive build [options]',
    options: {
      ...SITE_OPTIONS,
      strict: { type: 'boolean', help: 'exit with 1 when a file has errors' },
      quiet: { type: 'boolean', short: 'q', help: 'print nothing but errors' },
      json: { type: 'boolean', help: 'print the summary as JSON: counts and the time of each phase' },
      help: HELP,
    },
    positionals: false,
  },
  serve: {
    summary: 'build, serve on localhost and rebuild on every change',
    usage: 'newsarchive serve [options]',
    options: { ...SITE_OPTIONS, port: { type: 'string', value: 'PORT', help: 'port to listen on (default: 8080)' }, help: HELP },
    positionals: false,
  },
  check: {
    summary: 'report problems in article files without building',
    usage: 'newsarchive check [options] [PATH…]',
    options: {
      strict: { type: 'boolean', help: 'exit with 1 on warnings too' },
      quiet: { type: 'boolean', short: 'q', help: 'print errors only' },
      help: HELP,
    },
    positionals: true,
  },
  parse: {
    summary: 'print the records parsed from article files or folders',
    usage: 'newsarchive parse [--json] PATH…',
    options: { json: { type: 'boolean', help: 'print {articles, errors} as JSON' }, help: HELP },
    positionals: true,
  },
  report: {
    summary: 'print a table of what the parser reads in each file of a folder',
    usage: 'newsarchive report DIR…',
    options: { help: HELP },
    positionals: true,
  },
};

export interface ParsedCommandLine {
  command: string;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Reads `argv` (without node and script); throws UsageError on anything unknown. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine | { help: true } | { version: true } {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { help: true };
  if (command === '--version' || command === '-v') return { version: true };
  const spec = COMMANDS[command];
  if (!spec) {
    throw new UsageError(`Unknown command \`${command}\`, expected one of ${Object.keys(COMMANDS).join(', ')}`);
  }
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, option]) => [name, option.short ? { type: option.type, short: option.short } : { type: option.type }]),
  );
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options, allowPositionals: spec.positionals, strict: true });
    return { command, values: values as ParsedCommandLine['values'], positionals };
  } catch (error) {
    throw new UsageError(explain(error), command);
  }
}

/** Node's parseArgs messages, reworded as "Unexpected X, expected Y". */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Unknown option \`${unknown[1]}\``;
  const positional = /Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `Unexpected argument \`${positional[1]}\`, expected options only`;
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `Missing value for \`${missing[1]}\``;
  return message.split('\n')[0] ?? message;
}

export function commandHelp(name: string): string {
  const spec = COMMANDS[name];
  if (!spec) return generalHelp();
  const lines = Object.entries(spec.options).map(([option, { short, value, help }]) => {
    const flag = `${short ? `-${short}, ` : '    '}--${option}${value ? ` ${value}` : ''}`;
    return `  ${flag.padEnd(26)} ${help}`;
  });
  return `Usage: ${spec.usage}\n\n${capitalize(spec.summary)}.\n\nOptions:\n${lines.join('\n')}\n`;
}

export function generalHelp(): string {
  const lines = Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(8)} ${spec.summary}`);
  return [
    'Usage: newsarchive <command> [options]',
    '',
    'Turns a folder of Danish news articles (.txt and .md) into a static archive site.',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `newsarchive <command> --help` for the options of a command.',
    'Settings are read from newsarchive.config.json in the working folder; flags override them.',
    '',
  ].join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
