import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';
import { PROJECT_ROOT } from './paths.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the newsarchive command line in this process, capturing what it prints. */
export async function runCli(argv: string[], cwd = PROJECT_ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd, isTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
