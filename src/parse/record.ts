import type { Root, RootContent } from 'mdast';
import type { Block } from '../model/index.ts';
import { classifyBlock } from './blocks.ts';
import { plainText } from './markdown.ts';
import { isNoiseParagraph, matchNoiseLine } from './noise.ts';

/** The parts of an article an mdast tree holds, from either parser. */
export interface TreeParts {
  headline: { text: string; line: number } | null;
  lead: { text: string; line: number } | null;
  body: Block[];
}

/**
 * Reads headline, lead and body blocks off an mdast tree: a leading depth-1 heading is the
 * headline, a paragraph marked `data.lead` the lead; paragraphs, blockquotes, headings and
 * list items become body blocks.
 */
export function partsFromTree(tree: Root): TreeParts {
  const parts: TreeParts = { headline: null, lead: null, body: [] };
  tree.children.forEach((node, index) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading' && node.depth === 1 && parts.headline === null && parts.body.length === 0 && index < 2) {
      const text = plainText(node);
      if (text !== '') parts.headline = { text, line };
      return;
    }
    if (node.type === 'paragraph' && node.data?.lead === true && parts.lead === null) {
      const text = plainText(node);
      parts.lead = text === '' ? null : { text, line };
      return;
    }
    parts.body.push(...blocksOf(node));
  });
  return parts;
}

/** A speech verb after a comma marks a dash-led list item as dialogue, not a bullet point. */
const SPEECH = /,\s+(?:siger|sagde|lyder det|fortæller|fortalte|udtaler|skriver|tilføjer|understreger|mener)\b/u;

function blocksOf(node: RootContent): Block[] {
  const line = node.position?.start.line ?? 1;
  const block = (kind: Block['kind'], text: string): Block[] => (text === '' ? [] : [{ kind, text, line }]);
  switch (node.type) {
    case 'heading':
      return block('subhead', plainText(node));
    case 'blockquote':
      return node.children.flatMap((child) => blocksOf(child).map((inner) => ({ ...inner, kind: 'quote' as const })));
    case 'paragraph': {
      const paragraph = plainText(node);
      // Text pasted from a web page into Markdown brings the same furniture: ad markers, captions.
      const noise = matchNoiseLine(paragraph);
      if ((noise && noise.scope !== 'rest') || isNoiseParagraph(paragraph)) return [];
      const { kind, text } = classifyBlock(paragraph, { subheads: false });
      return block(kind, text);
    }
    case 'list':
      return node.children.flatMap((item) => {
        const text = plainText(item);
        const dialogue = !node.ordered && SPEECH.test(text);
        return dialogue ? block('quote', text) : block('paragraph', `${node.ordered ? '' : '• '}${text}`).map((b) => ({ ...b, line: item.position?.start.line ?? line }));
      });
    case 'code':
      return block('paragraph', node.value.replace(/\s+/g, ' ').trim());
    case 'table':
      return node.children.flatMap((row) => block('paragraph', row.children.map((cell) => plainText(cell as never)).join(' · ')));
    default:
      return [];
  }
}
