import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';

/**
 * A deterministic corpus of Danish news texts in the raw shapes real files come in (design
 * section 3): ` date` prefixes, date stamps, leads before headlines, section labels, noise lines,
 * dialogue quotes, subheads, bylines, undated texts, Markdown with front matter and aliases,
 * Windows-1252 and CRLF. The same seed always writes the same files.
 */
export interface CorpusOptions extends Partial<Spread> {
  articles: number;
  seed?: number;
}

/** How a corpus spreads over time and people. */
export interface Spread {
  /** Dates fall in `years` years from `firstYear` on. */
  firstYear: number;
  years: number;
  /** Every `busyEvery`-th article falls in February 2022, so one month gets several pages; 0 for none. */
  busyEvery: number;
  /** The people the articles are about: each becomes a topic. */
  people: readonly string[];
}

export interface CorpusArticle {
  file: string;
  shape: Shape;
  /** The headline as a reader sees it, when the text states one. */
  headline: string | null;
}

export const SHAPES = [
  'prefix-headline',
  'prefix-lead',
  'label-lead-headline',
  'stamp-weekday',
  'byline-stamp',
  'iso-stamp',
  'markdown',
  'undated',
  'year-only',
  'text-front-matter',
  'undated-weekday',
  'stamp-numeric',
] as const;
export type Shape = (typeof SHAPES)[number];

const PEOPLE = ['Mette Frederiksen', 'Lars Løkke Rasmussen', 'Jakob Ellemann-Jensen', 'Pia Olsen Dyhr', 'Ursula von der Leyen', 'Emmanuel Macron', 'Olaf Scholz', 'Jens Stoltenberg', 'Antony Blinken'];
const FIRST_NAMES = ['Anne', 'Mads', 'Sofie', 'Jonas', 'Ida', 'Rasmus', 'Freja', 'Mikkel', 'Laura', 'Søren', 'Emma', 'Kasper', 'Maja', 'Henrik', 'Signe', 'Niels', 'Karen', 'Thomas', 'Line', 'Peter'];
const SURNAMES = ['Nørgaard', 'Bækgaard', 'Holm', 'Kristensen', 'Østergaard', 'Dahl', 'Lund', 'Skov', 'Thomsen', 'Møller', 'Bech', 'Frandsen'];

/** A small cast for test sites: every name recurs in many articles. */
export const SMALL_SPREAD: Spread = { firstYear: 2019, years: 5, busyEvery: 5, people: PEOPLE };
/** An archive's spread: twenty years and a few hundred people, no month much busier than another. */
export const ARCHIVE_SPREAD: Spread = {
  firstYear: 2005,
  years: 20,
  busyEvery: 0,
  people: [...PEOPLE, ...FIRST_NAMES.flatMap((first) => SURNAMES.map((surname) => `${first} ${surname}`))],
};

const PLACES = ['Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Bruxelles', 'Berlin', 'Paris', 'Grønland', 'Færøerne', 'Bornholm'];
const BODIES = ['Folketinget', 'Nationalbanken', 'Region Hovedstaden', 'Danmarks Statistik', 'Forsvaret', 'EU-Kommissionen', 'Sundhedsstyrelsen'];
const SUBJECTS = ['vindmøller', 'sygehuse', 'boligpriser', 'elpriser', 'skoler', 'jernbaner', 'fiskekvoter', 'klimamål', 'ældrepleje', 'broer'];
const VERBS = ['vil bruge flere penge på', 'kræver en plan for', 'advarer om', 'vil se nærmere på', 'lover et løft af', 'strammer reglerne for'];
const LABELS = ['Udland', 'Indland', 'Internationalt', 'Virksomheder', 'For abonnenter', 'Politik'];
const NOISE = ['Artiklen fortsætter under annoncen', 'ARTIKLEN FORTSÆTTER EFTER ANNONCE', 'Annonce', 'Mest læste', 'Læs mere', 'Del:', 'Opdateres...', '--------- SPLIT ELEMENT ---------'];
const SUBHEADS = ['Uenighed om pengene', 'Kritik fra oppositionen', 'Et langt forløb', 'Nye tal', 'Reaktioner'];
const BYLINES = ['/ritzau/', '/ritzau/Reuters', '/ritzau/AFP', '/ritzau/dpa', 'ritzau'];
const AUTHORS = ['Vibeke Scheibel', 'Morten Jasper', 'Sara Lindholm', 'Anders Kjær'];
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const SHORT_MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** mulberry32: a small, fast PRNG, so the corpus depends on the seed alone. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Day {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (value: number) => String(value).padStart(2, '0');
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
const weekday = ({ year, month, day }: Day) => WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;

/**
 * Composes article `index` of the corpus for `seed`: its file name and text. `newest` makes it
 * the archive's newest article, as a wire story of the evening of the spread's last day: what
 * an archive that grows every day adds.
 */
export function composeArticle(
  seed: number,
  index: number,
  spread: Spread = SMALL_SPREAD,
  { newest = false }: { newest?: boolean } = {},
): { file: string; shape: Shape; headline: string | null; text: string; windows1252: boolean } {
  const next = random(seed * 100_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const shape: Shape = newest ? 'stamp-weekday' : (SHAPES[index % SHAPES.length] as Shape);
  const busy = spread.busyEvery > 0 && index % spread.busyEvery === 0;
  const date: Day = {
    year: busy ? 2022 : spread.firstYear + Math.floor(next() * spread.years),
    month: busy ? 2 : 1 + Math.floor(next() * 12),
    day: 1 + Math.floor(next() * 28),
    hour: 6 + Math.floor(next() * 15),
    minute: Math.floor(next() * 60),
  };
  // The other articles fall on the 1st to the 28th, from 6 to 20 o'clock.
  if (newest) Object.assign(date, { year: spread.firstYear + spread.years - 1, month: 12, day: 31, hour: 22 });
  const person = pick(spread.people);
  const other = pick(spread.people.filter((name) => name !== person));
  const place = pick(PLACES);
  const body = pick(BODIES);
  const subject = pick(SUBJECTS);
  const headline = `${person} ${pick(VERBS)} ${subject} i ${place}`;
  const lead = `${body} fremlægger ${index % 3 === 0 ? 'i dag' : 'tirsdag'} en ny opgørelse over ${subject}, som ${person} vil tage med til forhandlingerne.`;
  const paragraphs = [
    `${person} siger, at ${subject} i ${place} er kommet under pres, og at ${body} nu skal levere et bud på en løsning inden sommerferien.`,
    `Ifølge ${body} er udgifterne steget i flere år i træk.Blandt andet peger man på, at ${subject} er blevet dyrere at drive.`,
    pick(NOISE),
    `- Vi kan ikke vente længere. Det her handler om ${subject} i hele landet, siger ${person}.`,
    pick(SUBHEADS),
    `${other} er ikke enig og kalder udspillet for forhastet. Hun peger på, at ${place} allerede har fået ekstra midler.`,
    `– Der er brug for et grundigt arbejde, før vi beslutter noget, siger ${other}.`,
    `»Vi lytter til alle parter,« skriver ${body} i en pressemeddelelse.`,
    `${capitalize(subject)} i ${place}. (Foto: ${pick(AUTHORS)}/Ritzau Scanpix)`,
    `Sagen ventes at komme op i ${index % 2 === 0 ? 'Folketinget' : 'byrådet'} i løbet af de kommende uger.`,
  ];
  const byline = pick(BYLINES);
  const ending = index % 4 === 0 ? [`${paragraphs.pop()} /ritzau/`] : [byline];
  // Paragraphs are separated by a blank line, except in one shape that uses a single newline.
  const spaced = shape === 'byline-stamp' ? paragraphs : paragraphs.flatMap((paragraph) => [paragraph, '']);
  const iso = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const longStamp = `${capitalize(weekday(date))} ${date.day}. ${MONTHS[date.month - 1]} ${date.year} kl. ${pad(date.hour)}.${pad(date.minute)}`;
  const slug = `noter-${seed}-${index}`;

  let lines: string[];
  let shown: string | null = headline;
  let extension = 'txt';
  switch (shape) {
    case 'prefix-headline':
      lines = [` date ${date.year}-${pad(date.month)} ${headline}`, '', ...spaced, ...ending];
      break;
    case 'prefix-lead':
      lines = [` date ${iso} ${lead}`, '', headline, '', ...spaced, ...ending];
      break;
    case 'label-lead-headline':
      lines = [pick(LABELS), '', lead, '', headline, `${pad(date.day)}/${pad(date.month)}/${date.year} KL. ${pad(date.hour)}:${pad(date.minute)}`, '', ...spaced, ...ending];
      break;
    case 'stamp-weekday':
      lines = [headline, '', longStamp, '', `Af ${pick(AUTHORS)}`, '', ...spaced, ...ending];
      break;
    case 'byline-stamp':
      lines = [headline, `${pick(AUTHORS)} ${pad(date.day)}. ${SHORT_MONTHS[date.month - 1]} ${date.year} KL. ${pad(date.hour)}.${pad(date.minute)}`, ...spaced, ...ending];
      break;
    case 'iso-stamp':
      lines = ['Annonce', headline, `${iso}T${pad(date.hour)}:${pad(date.minute)}:18`, '', ...spaced, ...ending];
      break;
    case 'stamp-numeric':
      lines = [headline, '', `${pad(date.day)} ${MONTHS[date.month - 1]} ${date.year} kl. ${pad(date.hour)}.${pad(date.minute)}`, '', ...spaced, `Læs også: ${pick(PEOPLE)} om ${pick(SUBJECTS)}`, '', ...ending];
      break;
    case 'year-only':
      lines = [`date ${date.year}`, '', headline, '', ...spaced, ...ending];
      break;
    case 'undated':
      lines = [headline, '', ...spaced, ...ending];
      break;
    case 'undated-weekday':
      // No date, but a weekday with its day and month, from which the month can be estimated.
      lines = [lead, '', headline, '', `Mødet finder sted ${weekday(date)} ${date.day}. ${MONTHS[date.month - 1]}.`, '', ...spaced, ...ending];
      break;
    case 'markdown':
      extension = 'md';
      lines = [
        '---',
        `title: "${headline}"`,
        `lead: "${lead}"`,
        `date: ${iso}`,
        `tags: [${person}, ${place}]`,
        'sources: [Ritzau]',
        `slug: ${slug}`,
        `aliases: [/gamle-sider/${slug}/]`,
        '---',
        '',
        ...paragraphs.filter((paragraph) => !NOISE.includes(paragraph)).flatMap((paragraph) => [paragraph, '']),
      ];
      break;
    case 'text-front-matter':
      shown = `${capitalize(subject)}: ${person} og ${other} mødes i ${place}`;
      lines = ['---', `title: "${shown}"`, `date: ${iso}T${pad(date.hour)}:${pad(date.minute)}:00+01:00`, `tags: ${body}`, '---', headline, '', ...spaced, ...ending];
      break;
  }
  const separator = index % 7 === 3 ? '\r\n' : '\n';
  const text = `${lines.join(separator)}${separator}`;
  const folder = shape.startsWith('undated') ? 'udaterede' : String(date.year);
  return { file: path.join(folder, `${pad(index % 100)}-${shape}-${index}.${extension}`), shape, headline: shown, text, windows1252: index % 11 === 5 && extension === 'txt' };
}

/** Writes `articles` texts of the corpus for `seed` under `root`. */
export async function writeCorpus(root: string, { articles, seed = 1, ...spread }: CorpusOptions): Promise<CorpusArticle[]> {
  const written: CorpusArticle[] = [];
  const settings = { ...SMALL_SPREAD, ...spread };
  // Written a few at a time: the file system, not the composing, is the slow part.
  const parallel = 32;
  for (let start = 0; start < articles; start += parallel) {
    const batch = [];
    for (let index = start; index < Math.min(start + parallel, articles); index++) batch.push(writeCorpusArticle(root, seed, index, settings));
    for (const { file, shape, headline } of await Promise.all(batch)) written.push({ file, shape, headline });
  }
  return written;
}

/** Writes article `index` of the corpus for `seed` under `root`, as its encoding says. */
export async function writeCorpusArticle(
  root: string,
  seed: number,
  index: number,
  spread: Spread = SMALL_SPREAD,
  options: Parameters<typeof composeArticle>[3] = {},
): Promise<ReturnType<typeof composeArticle>> {
  const article = composeArticle(seed, index, spread, options);
  const file = path.join(root, article.file);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, article.windows1252 ? iconv.encode(article.text, 'windows-1252') : article.text);
  return article;
}
