/** Markup that is already safe: escaped text or trusted HTML. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text is escaped, SafeHtml is kept, lists are joined. */
export type Html = SafeHtml | string | number | boolean | null | undefined | readonly Html[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/** Escapes text for element content and quoted attribute values, in HTML and XML alike. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: a test is cheaper than a replace.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ESCAPES[char] ?? char) : text;
}

/** A value as markup: escaped, kept, joined or nothing. */
function markup(value: Html): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) {
    let joined = '';
    for (const item of value as readonly Html[]) joined += markup(item);
    return joined;
  }
  return escapeHtml(String(value));
}

/**
 * Tagged template for markup: every interpolated value is escaped unless it is SafeHtml
 * (the result of another `html` or of `trusted`). `null`, `undefined` and booleans print
 * nothing, so `${condition && html`…`}` works.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Html[]): SafeHtml {
  let result = strings[0] ?? '';
  for (let index = 0; index < values.length; index++) result += markup(values[index] as Html) + (strings[index + 1] ?? '');
  return new SafeHtml(result);
}

/** Marks markup made elsewhere (the body renderer, serialised JSON) as safe to include. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
