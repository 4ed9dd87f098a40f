import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildArchive } from '../../archive/index.ts';
import { warningsOf } from '../../enrich/index.ts';
import { loadCorpus, sortDiagnostics } from '../../site/load.ts';
import { loadSettings } from '../../site/settings.ts';
import type { ParsedCommandLine } from '../args.ts';
import type { Io } from '../io.ts';
import { displayDiagnostic, plural } from '../report.ts';

/** `newsarchive check [PATH…]`: every problem, one per line; exit 1 on errors. */
export async function checkCommand(cli: ParsedCommandLine, io: Io): Promise<number> {
  const targets = cli.positionals.length > 0 ? cli.positionals : [(await loadSettings(io.cwd)).content];
  let files = 0;
  let errorCount = 0;
  let warningCount = 0;
  for (const target of targets) {
    const absolute = path.resolve(io.cwd, target);
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      io.stdout(`${target}:1:1  error  Cannot read file: no such file or folder  file-unreadable\n`);
      errorCount++;
      continue;
    }
    const loaded = await loadCorpus(absolute, { drafts: true });
    files += loaded.files;
    const { warnings } = buildArchive(loaded.corpus);
    for (const diagnostic of sortDiagnostics([...loaded.errors, ...warningsOf(loaded.corpus.articles), ...warnings])) {
      if (diagnostic.severity === 'error') errorCount++;
      else warningCount++;
      if (cli.values.quiet === true && diagnostic.severity !== 'error') continue;
      io.stdout(`${displayDiagnostic(diagnostic, target, info.isFile())}\n`);
    }
  }
  io.stderr(`${plural(files, 'file', 'files')} checked: ${plural(errorCount, 'error', 'errors')}, ${plural(warningCount, 'warning', 'warnings')}\n`);
  return errorCount > 0 || (cli.values.strict === true && warningCount > 0) ? 1 : 0;
}
