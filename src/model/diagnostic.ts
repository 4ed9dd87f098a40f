import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import * as z from 'zod';

export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A problem with one input file, as printed by `check` and listed in `errors`. */
export const DiagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  severity: SeveritySchema,
  code: z.string(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

interface Definition<Args> {
  severity: Severity;
  message: (args: Args) => string;
}

const define = <Args = void>(severity: Severity, message: (args: Args) => string): Definition<Args> => ({
  severity,
  message,
});

const MEGABYTE = 1024 * 1024;

/** Every problem newsarchive reports, by code. Wording: what was found, then what was expected. */
export const catalogue = {
  'file-empty': define('error', () => 'Empty file, expected article text'),
  'file-binary': define('error', () => 'Unexpected binary data, expected text'),
  'file-too-large': define<{ bytes: number; limit: number }>(
    'error',
    ({ bytes, limit }) =>
      // Rounded up, so a file just over the limit never reads as exactly the limit.
      `File of ${(Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1)} MB is too large, expected at most ${limit / MEGABYTE} MB`,
  ),
  'file-unreadable': define<{ reason: string }>('error', ({ reason }) => `Cannot read file: ${reason}`),
  'encoding-undecodable': define<{ encoding: string }>(
    'error',
    ({ encoding }) => `Undecodable bytes, expected UTF-8 or Windows-1252 text (looks like ${encoding})`,
  ),
  'front-matter-invalid': define<{ reason: string }>('error', ({ reason }) => `Invalid YAML front matter: ${reason}`),
  'front-matter-field': define<{ field: string; expected: string }>(
    'error',
    ({ field, expected }) => `Unexpected value for \`${field}\` in front matter, expected ${expected}`,
  ),
  'front-matter-unknown': define<{ field: string; known: string }>(
    'warning',
    ({ field, known }) => `Unknown front matter field \`${field}\`, expected one of ${known}; ignored`,
  ),
  'date-invalid': define<{ value: string }>(
    'error',
    ({ value }) =>
      `Invalid date \`${value}\`, expected YYYY, YYYY-MM, YYYY-MM-DD or a date-time such as 2022-02-24T05:10:00+01:00`,
  ),
  'date-prefix-invalid': define<{ value: string }>(
    'warning',
    ({ value }) => `Invalid date \`${value}\` in the \` date\` prefix, expected YYYY, YYYY-MM or YYYY-MM-DD; ignored`,
  ),
  'slug-unsafe': define<{ value: string }>(
    'error',
    ({ value }) => `Unsafe slug \`${value}\`, expected one URL segment of letters, digits and dashes`,
  ),
  'id-duplicate': define<{ id: string; first: string }>(
    'error',
    ({ id, first }) => `Duplicate id \`${id}\`, already used by ${first}`,
  ),
  'headline-missing': define('error', () => 'No text found, expected a headline or body text'),
  'headline-from-lead': define(
    'warning',
    () => 'No headline line found, expected a short line without a final period; the headline is taken from the lead',
  ),
  'headline-from-body': define(
    'warning',
    () => 'No headline or lead found, expected a short line without a final period; the headline is taken from the first sentence',
  ),
  'markdown-html': define('warning', () => 'Unexpected raw HTML, expected Markdown text; left out'),
  'date-missing': define(
    'warning',
    () => 'No date found, expected a ` date YYYY-MM` prefix, a date stamp or front matter `date`; listed as undated',
  ),
  'alias-taken': define<{ alias: string }>(
    'warning',
    ({ alias }) => `Alias \`${alias}\` is already the address of another page, expected an address of its own; ignored`,
  ),
  'date-inferred': define<{ estimate: string; mention: string; line: number }>(
    'warning',
    ({ estimate, mention, line }) => `No date found; estimated ${estimate} from “${mention}” on line ${line}`,
  ),
} as const;

export type DiagnosticCode = keyof typeof catalogue;
type ArgsOf<C extends DiagnosticCode> = Parameters<(typeof catalogue)[C]['message']>[0];

export interface Place {
  line: number;
  column?: number;
}

/**
 * Records a catalogued problem on a vfile. Errors are `fatal` messages: the file becomes an
 * entry in `errors` instead of an article.
 */
export function report<C extends DiagnosticCode>(
  file: VFile,
  code: C,
  place: Place,
  ...args: ArgsOf<C> extends void ? [] : [ArgsOf<C>]
): VFileMessage {
  const definition = catalogue[code] as Definition<ArgsOf<C>>;
  const message = file.message(definition.message(args[0] as ArgsOf<C>), {
    place: { line: place.line, column: place.column ?? 1 },
    ruleId: code,
    source: 'newsarchive',
  });
  message.fatal = definition.severity === 'error' ? true : false;
  return message;
}

/** The plain, serialisable form of a vfile message. */
export function toDiagnostic(message: VFileMessage, file: string): Diagnostic {
  return {
    file,
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: message.fatal === true ? 'error' : 'warning',
    code: message.ruleId ?? 'unknown',
    message: message.reason,
  };
}

/** `content/x.txt:3:1  warning  message  code`, the one format every problem is printed in. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, severity, message, code } = diagnostic;
  return `${file}:${line}:${column}  ${severity}  ${message}  ${code}`;
}
