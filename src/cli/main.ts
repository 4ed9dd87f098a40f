import { packageVersion } from '../site/paths.ts';
import { SettingsError } from '../site/settings.ts';
import { commandHelp, generalHelp, parseCommandLine, UsageError } from './args.ts';
import { buildCommand, serveCommand } from './commands/build.ts';
import { checkCommand } from './commands/check.ts';
import { parseCommand } from './commands/parse.ts';
import { reportCommand } from './commands/report.ts';
import type { Io } from './io.ts';
import { processIo } from './io.ts';

const RUNNERS = { build: buildCommand, serve: serveCommand, check: checkCommand, parse: parseCommand, report: reportCommand } as const;

/** Runs one command line; returns the exit code: 0 done, 1 problems found, 2 usage error. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const cli = parseCommandLine(argv);
    if ('help' in cli) {
      io.stdout(generalHelp());
      return 0;
    }
    if ('version' in cli) {
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    if (cli.values.help === true) {
      io.stdout(commandHelp(cli.command));
      return 0;
    }
    const run = RUNNERS[cli.command as keyof typeof RUNNERS];
    return await run(cli, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`newsarchive: ${error.message}\n\n${error.command ? commandHelp(error.command) : generalHelp()}`);
      return 2;
    }
    if (error instanceof SettingsError) {
      io.stderr(`newsarchive: ${error.message}\n`);
      return 2;
    }
    io.stderr(`newsarchive: ${describe(error)}\n`);
    return 1;
  }
}

/** An error and its causes, one line each; the stack of the innermost only. */
function describe(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  let innermost: Error | undefined;
  while (current !== undefined && lines.length < 8) {
    if (current instanceof Error) {
      lines.push(current.message.split('\n')[0] ?? '');
      innermost = current;
      current = current.cause;
    } else {
      lines.push(String(current));
      current = undefined;
    }
  }
  const stack = innermost?.stack?.split('\n').slice(1, 6).join('\n') ?? '';
  return `${lines.join('\n  caused by: ')}${stack ? `\n${stack}` : ''}`;
}
