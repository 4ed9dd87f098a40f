import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PEOPLE = ['Mette Frederiksen', 'Lars Løkke Rasmussen', 'Joe Biden', 'Vladimir Putin', 'Ursula von der Leyen'];
const PLACES = ['Ukraine', 'Rusland', 'Danmark', 'Tyskland', 'Bruxelles'];

/** A short news text with a ` date` prefix, names that recur across articles, a quote and a byline. */
export function newsText(index: number, day: number, month = 3, year = 2022): string {
  const person = PEOPLE[index % PEOPLE.length];
  const place = PLACES[(index * 3) % PLACES.length];
  return [
    ` date ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${person} besøger ${place} for ${index}. gang`,
    '',
    `${person} rejser til ${place}, hvor der venter et møde med ${PEOPLE[(index + 1) % PEOPLE.length]}.`,
    '',
    `- Vi har meget at tale om i ${place}, siger ${person}.`,
    '',
    '/ritzau/',
    '',
  ].join('\n');
}

/** Writes a file under `root`, making its folders. */
export async function writeArticle(root: string, file: string, text: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

/** `count` articles spread over the days of two years, in folders by year. */
export async function writeArticles(root: string, count: number, offset = 0): Promise<void> {
  for (let index = offset; index < offset + count; index++) {
    const year = 2021 + (index % 2);
    const month = 1 + (index % 12);
    const day = 1 + (index % 28);
    await writeArticle(root, `${year}/artikel-${index}.txt`, newsText(index, day, month, year));
  }
}
