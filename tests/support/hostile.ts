import { stringify } from 'yaml';
import { writeArticle } from './articles.ts';

/** Text that breaks markup when a template forgets to escape it. */
export const PAYLOAD = `<script>alert("x")</script> <img src=x onerror="alert('y')"> "citat" 'enkelt' Tom & Jerry &amp;`;

/** Every text field of a Markdown article, each carrying the payload, as the page must show it. */
export const HOSTILE_MARKDOWN = {
  file: 'fjendtlig/markdown.md',
  title: `Overskrift ${PAYLOAD}`,
  lead: `Underrubrik ${PAYLOAD}.`,
  tags: [`Emne ${PAYLOAD}`, 'Folketinget'],
  sources: [`Kilde ${PAYLOAD}`],
  authors: [`Skribent ${PAYLOAD}`],
  paragraph: `Brødtekst ${PAYLOAD}.`,
  quote: `Citat ${PAYLOAD}, siger han.`,
  url: '/2022/03/markdown-med-fjendtlig-tekst/',
} as const;

/** A raw news text whose headline, body, quote and subhead carry the payload. */
export const HOSTILE_TEXT = {
  file: 'fjendtlig/"><img src=x onerror=alert(1)>.txt',
  headline: `Rubrik ${PAYLOAD}`,
  paragraph: `Første afsnit ${PAYLOAD}.`,
  quote: `Et citat ${PAYLOAD}, siger hun.`,
} as const;

/** Writes both hostile articles, plus a second article naming the hostile topic so it gets a page. */
export async function writeHostileArticles(content: string): Promise<void> {
  const m = HOSTILE_MARKDOWN;
  const frontMatter = stringify({ title: m.title, lead: m.lead, date: '2022-03-15', tags: m.tags, sources: m.sources, authors: m.authors, slug: 'markdown-med-fjendtlig-tekst' });
  await writeArticle(content, m.file, `---\n${frontMatter}---\n${m.paragraph}\n\n- ${m.quote}\n`);
  const other = stringify({ title: 'Endnu en artikel om et fjendtligt emne', date: '2022-03-16', tags: [m.tags[0]] });
  await writeArticle(content, 'fjendtlig/andet-emne.md', `---\n${other}---\nEt afsnit om emnet.\n`);
  const t = HOSTILE_TEXT;
  await writeArticle(content, t.file, [' date 2022-03-14 ' + t.headline, '', t.paragraph, '', `- ${t.quote}`, '', '/ritzau/', ''].join('\n'));
}
