import matter from 'gray-matter';
import type { VFile } from 'vfile';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import { report } from '../model/index.ts';
import type { LocalDate } from './dateline.ts';
import { parseIsoDate } from './dateline.ts';

/** Front matter after validation; every field optional. */
export interface FrontMatter {
  title?: string;
  lead?: string;
  date?: LocalDate;
  tags?: string[];
  slug?: string;
  id?: string;
  sources?: string[];
  authors?: string[];
  draft?: boolean;
  aliases?: string[];
}

export interface SplitFrontMatter {
  frontMatter: FrontMatter;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
  /** Line of each field, by name. */
  fieldLines: Record<string, number>;
}

const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim()).pipe(z.string().min(1));
const list = z
  .union([text, z.array(text)])
  .transform((value) => (Array.isArray(value) ? value : value.split(',').map((item) => item.trim()).filter(Boolean)));

/** Each field with its schema and the wording of what was expected. */
const FIELDS = {
  title: { schema: text, expected: 'a text' },
  lead: { schema: text, expected: 'a text' },
  date: { schema: z.union([z.string(), z.number()]), expected: 'a date' },
  tags: { schema: list, expected: 'a list of texts' },
  slug: { schema: text, expected: 'a text' },
  id: { schema: text, expected: 'a text' },
  sources: { schema: list, expected: 'a list of texts' },
  authors: { schema: list, expected: 'a list of texts' },
  draft: { schema: z.boolean(), expected: 'true or false' },
  aliases: { schema: list, expected: 'a list of site paths such as /2020/01/gammel-adresse/' },
} as const;
type Field = keyof typeof FIELDS;

/** A slug is one URL segment: no slashes, no dots only, nothing that could leave the output folder. */
const SAFE_SLUG = /^(?!\.+$)[^/\\\0]+$/;
const SAFE_ALIAS = /^\/?(?:[^/\\\0?#]+\/?)*$/;

/**
 * Splits `---` YAML front matter from the text with gray-matter and validates its fields.
 * Problems are reported on `file` with the line of the field (or of the YAML error).
 * Returns null when the YAML itself cannot be read.
 */
export function splitFrontMatter(source: string, file: VFile): SplitFrontMatter | null {
  if (!/^---[ \t]*\n/.test(source)) return { frontMatter: {}, body: source, bodyLine: 1, fieldLines: {} };
  if (!/\n---[ \t]*(?:\n|$)/.test(source.slice(3))) {
    report(file, 'front-matter-invalid', { line: 1 }, { reason: 'no closing `---` line, expected one after the last field' });
    return null;
  }
  const lines = new LineCounter();
  const fieldLines = new Map<string, number>();
  let failed = false;
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, {
      engines: {
        yaml: (yamlText: string) => {
          const document = parseDocument(yamlText, { lineCounter: lines, schema: 'core', uniqueKeys: true });
          const [error] = document.errors;
          if (error) {
            // gray-matter hands over the YAML with the newline after the opening `---`, so
            // YAML's own line numbers are already the file's.
            const place = error.linePos?.[0] ?? { line: 1, col: 1 };
            report(file, 'front-matter-invalid', { line: place.line, column: place.col }, { reason: yamlReason(error.message) });
            failed = true;
            return {};
          }
          if (isMap(document.contents)) {
            for (const pair of document.contents.items) {
              const key = isScalar(pair.key) ? String(pair.key.value) : '';
              const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
              fieldLines.set(key, lines.linePos(offset).line);
            }
          } else if (document.contents !== null) {
            report(file, 'front-matter-invalid', { line: 2 }, { reason: 'expected `key: value` pairs' });
            failed = true;
            return {};
          }
          return (document.toJS() ?? {}) as object;
        },
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    report(file, 'front-matter-invalid', { line: 1 }, { reason });
    return null;
  }
  if (failed) return null;

  const consumed = source.slice(0, source.length - parsed.content.length);
  const bodyLine = consumed.split('\n').length;
  const frontMatter = validate(parsed.data as Record<string, unknown>, fieldLines, file);
  return frontMatter ? { frontMatter, body: parsed.content, bodyLine, fieldLines: Object.fromEntries(fieldLines) } : null;
}

function yamlReason(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function validate(data: Record<string, unknown>, fieldLines: Map<string, number>, file: VFile): FrontMatter | null {
  const result: FrontMatter = {};
  let valid = true;
  for (const [key, value] of Object.entries(data)) {
    const line = fieldLines.get(key) ?? 2;
    if (!(key in FIELDS)) {
      report(file, 'front-matter-unknown', { line }, { field: key, known: Object.keys(FIELDS).join(', ') });
      continue;
    }
    if (value === null || value === undefined) continue;
    const field = key as Field;
    const checked = FIELDS[field].schema.safeParse(value);
    if (!checked.success) {
      report(file, 'front-matter-field', { line }, { field, expected: FIELDS[field].expected });
      valid = false;
      continue;
    }
    const ok = assign(result, field, checked.data, line, file);
    valid &&= ok;
  }
  return valid ? result : null;
}

function assign(result: FrontMatter, field: Field, value: unknown, line: number, file: VFile): boolean {
  switch (field) {
    case 'date': {
      const date = parseIsoDate(String(value));
      if (!date) {
        report(file, 'date-invalid', { line }, { value: String(value) });
        return false;
      }
      result.date = date;
      return true;
    }
    case 'slug':
      if (!SAFE_SLUG.test(String(value)) || String(value).includes('..')) {
        report(file, 'slug-unsafe', { line }, { value: String(value) });
        return false;
      }
      result.slug = String(value);
      return true;
    case 'aliases': {
      const aliases = value as string[];
      const unsafe = aliases.find((alias) => !SAFE_ALIAS.test(alias) || alias.split('/').some((segment) => segment === '..' || segment === '.'));
      if (unsafe !== undefined) {
        report(file, 'slug-unsafe', { line }, { value: unsafe });
        return false;
      }
      result.aliases = aliases;
      return true;
    }
    case 'draft':
      result.draft = value as boolean;
      return true;
    case 'tags':
    case 'sources':
    case 'authors':
      result[field] = value as string[];
      return true;
    case 'title':
    case 'lead':
    case 'id':
      result[field] = value as string;
      return true;
  }
}
