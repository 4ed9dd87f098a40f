import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Block } from '../model/index.ts';

const toHtml = unified().use(remarkRehype).use(rehypeStringify);

/** One mdast node per block kind. */
const handlers: { [Kind in Block['kind']]: (text: string) => RootContent } = {
  paragraph: (text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] }),
  quote: (text) => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }),
  subhead: (text) => ({ type: 'heading', depth: 2, children: [{ type: 'text', value: text }] }),
};

/** Body blocks as an mdast tree. */
export function bodyToMdast(blocks: readonly Block[]): Root {
  return { type: 'root', children: blocks.map((block) => handlers[block.kind](block.text)) };
}

/** Body blocks as HTML: mdast → hast (remark-rehype) → HTML (rehype-stringify). All text is escaped. */
export function renderBody(blocks: readonly Block[]): string {
  const hast = toHtml.runSync(bodyToMdast(blocks)) as HastRoot;
  return toHtml.stringify(hast);
}
