import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Nu Html Checker shipped in the npm package vnu-jar; run with the machine's Java. */
export const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Checks every file in one Java run (HTML, and CSS and SVG by their endings) and returns the
 * errors, by file. Files without errors are absent.
 */
export async function checkWithVnu(files: readonly string[]): Promise<Map<string, VnuMessage[]>> {
  const args = ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--also-check-css', '--also-check-svg', ...files];
  const stderr = await new Promise<string>((resolve, reject) => {
    // vnu exits with 1 when it finds errors; its report on stderr is what counts.
    execFile('java', args, { maxBuffer: 256 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && !stderr.trimStart().startsWith('{')) reject(error);
      else resolve(stderr);
    });
  });
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  const byFile = new Map<string, VnuMessage[]>();
  for (const message of messages) {
    // vnu names files by URLs of the form file:/tmp/x.html.
    const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? '(no file)');
    byFile.set(file, [...(byFile.get(file) ?? []), message]);
  }
  return byFile;
}

/** One line per message: `file:line:column  message`. */
export function formatVnu(byFile: ReadonlyMap<string, readonly VnuMessage[]>, root: string): string {
  return [...byFile]
    .flatMap(([file, messages]) => messages.map((message) => `${path.relative(root, file)}:${message.lastLine ?? 0}:${message.firstColumn ?? 0}  ${message.message}  «${message.extract?.trim() ?? ''}»`))
    .join('\n');
}
