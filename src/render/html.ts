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

/** Escapes text for element content and quoted attribute values, in HTML and XML alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function append(value: Html, parts: string[]): void {
  if (value === null || value === undefined || typeof value === 'boolean') return;
  if (value instanceof SafeHtml) parts.push(value.value);
  else if (Array.isArray(value)) for (const item of value as readonly Html[]) append(item, parts);
  else parts.push(escapeHtml(String(value)));
}

/**
 * Tagged template for markup: every interpolated value is escaped unless it is SafeHtml
 * (the result of another `html` or of `trusted`). `null`, `undefined` and booleans print
 * nothing, so `${condition && html`…`}` works.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Html[]): SafeHtml {
  const parts: string[] = [];
  strings.forEach((literal, index) => {
    parts.push(literal);
    if (index < values.length) append(values[index] as Html, parts);
  });
  return new SafeHtml(parts.join(''));
}

/** Marks markup made elsewhere (the body renderer, serialised JSON) as safe to include. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
