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
 * so that positions point into the whole file. Raw HTML is reported and left out.
 */
export function parseMarkdown(body: string, firstLine: number, file: VFile): Root {
  const tree = markdownParser.parse('\n'.repeat(firstLine - 1) + body);
  const dateHints = [];
  for (const node of tree.children) {
    if (node.type === 'html') report(file, 'markdown-html', { line: node.position?.start.line ?? firstLine });
    else dateHints.push(...findDateHints(plainText(node), node.position?.start.line ?? firstLine));
  }
  file.data.news = { date: null, sources: [], authors: [], dateHints };
  return tree;
}

/** Text of a node without raw HTML. */
export function plainText(node: RootContent | List['children'][number]): string {
  return toString(node, { includeHtml: false, includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}
