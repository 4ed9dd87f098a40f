import type { List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../model/index.ts';
import { findDateHints } from './dateline.ts';

const markdownParser = unified().use(remarkParse);

/**
 * Parses a Markdown body with remark-parse. `firstLine` is the file line the body starts on,
 * so that positions point into the whole file. Raw HTML, whole blocks or inline, is reported
 * and left out: it never reaches a page.
 */
export function parseMarkdown(body: string, firstLine: number, file: VFile): Root {
  const tree = markdownParser.parse('\n'.repeat(firstLine - 1) + body);
  const dateHints = [];
  for (const line of htmlLines(tree)) report(file, 'markdown-html', { line });
  for (const node of tree.children) {
    if (node.type !== 'html') dateHints.push(...findDateHints(plainText(node), node.position?.start.line ?? firstLine));
  }
  file.data.news = { date: null, sources: [], authors: [], dateHints };
  return tree;
}

/** The lines holding raw HTML, each once. */
function htmlLines(node: Root | RootContent): number[] {
  if (node.type === 'html') return [node.position?.start.line ?? 1];
  const children: (Root | RootContent)[] = 'children' in node ? node.children : [];
  return [...new Set(children.flatMap(htmlLines))];
}

/** Text of a node without raw HTML. */
export function plainText(node: RootContent | List['children'][number]): string {
  return toString(node, { includeHtml: false, includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}
