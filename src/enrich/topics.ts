import type { Block } from '../model/index.ts';

/**
 * Words that start sentences or fill them but are never names: pronouns, articles,
 * conjunctions, adverbs, weekdays, months. Lower case.
 */
const STOPWORDS = new Set(
  (
    'af alle allerede altså anden andet andre at bag bare begge blandt bliver blev både da dag de dem den denne der ' +
    'deres derfor derefter desuden det dette dig din disse dog du efter eller ellers en end endnu engang enten er et ' +
    'for fordi foreløbig fra før første ganske godt han hans har havde hele hende hendes her hos hun hvad hvem hver ' +
    'hverken hvilke hvilken hvis hvor hvordan hvorfor hvornår i ifølge igen ikke ind ingen inden især ja jeg kan kl ' +
    'kun lige man mange med meget mellem men mens mere mest mig min mine mit mod måske ned nej nemlig netop nogle ' +
    'nok nu ny nye når og også om omkring op os over på samme samt samtidig selv senere sidste siden sig sin sine ' +
    'sit skal skulle som stadig så tidligere til trods uden under ud var ved vi vil ville vores været ' +
    'mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli august ' +
    'september oktober november december læs se foto kilde opdateret annonce artiklen tak kære hej mr mrs ms dr ' +
    'i dag i går i morgen herefter dermed endelig alligevel blot dengang derudover hermed heller imens ligesom ' +
    'sådan således vist vel '
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** News agencies credited in the text; they are sources, not topics. */
const AGENCIES = new Set(['ritzau', 'reuters', 'afp', 'dpa', 'ap', 'tt', 'ntb', 'bloomberg']);

/** Words that follow a name without making it a genitive: "Paris er", "Jonas og". */
const AFTER_NAME = new Set(
  (
    'er var har havde vil ville skal skulle kan kunne må bliver blev og eller men som der at siger sagde mener skriver ' +
    'fortæller oplyser meddeler melder bekræfter afviser vandt tabte gik kom fik gav tog sendte på i til fra med for om'
  ).split(' '),
);

/** Sentence-initial words that are titles or roles, not part of the name after them. */
const TITLE = /(?:minister|præsident|chef|formand|direktør|leder|ordfører|borgmester|general|talsmand|talsperson|korrespondent|premierminister|kansler|konge|dronning|prins|prinsesse|biskop|professor)$/i;

/** A noun in the definite form ("Militæralliancen", "Regeringen"): not the start of a name. */
const DEFINITE_NOUN = /^\p{L}{7,}(?:en|et|erne|ene)$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const NAME_JOINERS = new Set(['von', 'van', 'der', 'de', 'den', 'al', 'bin', 'la', 'le', 'du']);
/** Characters between two words that end a sentence or open a quotation. */
const SENTENCE_BREAK = /[.!?:»«"”–-]/;

/** A word of the text. */
interface Word {
  text: string;
  /** Capitalised, and not the first half of a coordinated compound ("Rusland- og …"). */
  cap: boolean;
  /** Only a space separates it from the next word. */
  spaced: boolean;
  /** It starts a sentence, a quotation or a dialogue line. */
  initial: boolean;
}

interface Mention {
  name: string;
  position: number;
  /** Whether the name is one word starting a sentence. */
  initial: boolean;
}

/**
 * People, places and organisations named in an article, most mentioned first. Runs of
 * capitalised words are names; Danish genitives are folded ("Ruslands" → "Rusland", "USA's"
 * → "USA"); a surname alone joins the full name used elsewhere in the article ("Biden" →
 * "Joe Biden"); a capitalised word that only ever starts a sentence is not taken as a name.
 */
export function extractTopics(blocks: readonly Pick<Block, 'text'>[], limit = 12): string[] {
  const texts = blocks.map((block) => tokenize(block.text));
  const base = baseForms(texts);
  const mentions: Mention[] = [];
  const midSentence = new Set<string>();
  let position = 0;
  for (const words of texts) {
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as Word;
      if (!word.initial && word.cap) midSentence.add(stripCompound(fold(word, words[index + 1], base)));
    }
    for (const run of nameRuns(words, base)) mentions.push({ name: run.name, position: position + run.start, initial: run.initial });
    position += words.length;
  }

  const counts = new Map<string, { count: number; first: number }>();
  for (const mention of mentions) {
    // A single capitalised word only at sentence starts is an ordinary word.
    if (mention.initial && !mention.name.includes(' ') && !midSentence.has(mention.name) && !isAcronym(mention.name)) continue;
    const entry = counts.get(mention.name);
    if (entry) entry.count++;
    else counts.set(mention.name, { count: 1, first: mention.position });
  }

  // "Biden" joins "Joe Biden": a single word that ends (or starts) a longer name.
  const names = [...counts.keys()];
  const fullNames = names.filter((name) => name.includes(' ') && isPerson(name));
  for (const name of names) {
    if (name.includes(' ')) continue;
    const full = fullNames.find((other) => other.endsWith(` ${name}`) || other.startsWith(`${name} `));
    if (!full) continue;
    const single = counts.get(name);
    const target = counts.get(full);
    if (!single || !target) continue;
    target.count += single.count;
    target.first = Math.min(target.first, single.first);
    counts.delete(name);
  }

  return [...counts.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, limit)
    .map(([name]) => name);
}

/** Two or three capitalised words that are not an organisation's "Det Hvide Hus" form. */
function isPerson(name: string): boolean {
  const words = name.split(' ');
  return words.length <= 4 && !STOPWORDS.has((words[0] ?? '').toLowerCase());
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The words of a text, each marked capitalised, followed by a plain space, sentence-initial. */
function tokenize(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    const between = text.slice(previousEnd, match.index);
    const last = words[words.length - 1];
    if (last) last.spaced = between.trim() === '' && between !== '';
    const first = word.charAt(0);
    words.push({
      text: word,
      cap: first !== first.toLowerCase() && !word.endsWith('-'),
      spaced: false,
      initial: last === undefined || SENTENCE_BREAK.test(between),
    });
    previousEnd = match.index + word.length;
  }
  return words;
}

/** "von der" in "Ursula von der Leyen": lower-case name particles followed by a capitalised word. */
function joinsName(words: readonly Word[], index: number): boolean {
  let ahead = index;
  while (ahead < words.length && NAME_JOINERS.has((words[ahead] as Word).text) && (words[ahead] as Word).spaced) ahead++;
  return ahead > index && (words[ahead]?.cap ?? false);
}

interface Run {
  name: string;
  start: number;
  initial: boolean;
}

/** Runs of capitalised words, each as a candidate name. Punctuation ends a run. */
function nameRuns(words: readonly Word[], base: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let index = 0;
  while (index < words.length) {
    if (!(words[index] as Word).cap) {
      index++;
      continue;
    }
    const start = index;
    const parts: Word[] = [];
    while (index < words.length) {
      const word = words[index] as Word;
      if (index > start && word.initial) break;
      if (word.cap) parts.push(word);
      else if (parts.length > 0 && joinsName(words, index)) parts.push(word);
      else break;
      index++;
      // Punctuation, a genitive or a hyphenated compound ends the name: "Ruslands præsident", "Krim-halvøen".
      const continues = words[index]?.cap || joinsName(words, index);
      if (!word.spaced || !continues || endsInGenitive(word.text) || isCompound(word.text)) break;
    }
    const run = trimRun(parts, (words[start] as Word).initial, words[index], base);
    if (run) runs.push({ ...run, start });
  }
  return runs;
}

function trimRun(parts: readonly Word[], sentenceStart: boolean, next: Word | undefined, base: ReadonlySet<string>): Omit<Run, 'start'> | null {
  const last = parts[parts.length - 1];
  let words = parts.map((word) => word.text);
  let initial = sentenceStart;
  // "Ifølge Reuters", "Forsvarsminister Morten Bødskov": drop the sentence-initial word.
  if (sentenceStart && words.length > 1) {
    const first = (words[0] ?? '').toLowerCase();
    if ((STOPWORDS.has(first) && !isOrganisationStart(words)) || TITLE.test(first) || DEFINITE_NOUN.test(first)) {
      words = words.slice(1);
      initial = false;
    }
  }
  while (words.length > 0 && STOPWORDS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  if (words.length === 0) return null;
  if (last && words[words.length - 1] === last.text) words[words.length - 1] = fold(last, next, base);
  words = words.map(stripCompound);
  const name = words.join(' ');
  const lower = name.toLowerCase();
  if (name.length < 2 || STOPWORDS.has(lower) || AGENCIES.has(lower) || /^\p{N}+$/u.test(name)) return null;
  return { name, initial: initial && words.length === 1 };
}

/** "Krim-halvøen" → "Krim", "Ukraine-konflikten" → "Ukraine". */
function stripCompound(word: string): string {
  return isCompound(word) ? word.replace(/-\p{Ll}.*$/u, '') : word;
}

/** "Krim-halvøen": a name with a lower-case compound after a hyphen. */
function isCompound(word: string): boolean {
  return word.includes('-') && /-\p{Ll}/u.test(word);
}

/** "USA's", "Fox News'": an apostrophe genitive. */
function endsInGenitive(word: string): boolean {
  const last = word.charAt(word.length - 1);
  return last === "'" || last === '’' || ((last === 's' || last === 'S') && /['’]s$/i.test(word));
}

/** "Det Hvide Hus", "Den Europæiske Union": an article that belongs to the name. */
function isOrganisationStart(words: readonly string[]): boolean {
  return /^(?:Det|Den|De)$/.test(words[0] ?? '') && words.length >= 3;
}

/**
 * Capitalised words seen where a genitive cannot be: before punctuation, a verb, a
 * conjunction or another capitalised word. "Kallas" in "sagde Kaja Kallas på" is the name
 * itself, so "Kallas" is never folded to "Kalla" in that article.
 */
function baseForms(texts: readonly (readonly Word[])[]): Set<string> {
  const forms = new Set<string>();
  for (const words of texts) {
    words.forEach((word, index) => {
      const next = words[index + 1];
      if (!word.cap) return;
      if (!word.spaced || !next || next.cap || AFTER_NAME.has(next.text)) forms.add(word.text);
    });
  }
  return forms;
}

/**
 * Folds a Danish genitive: "USA's" → "USA", "Fox News'" → "Fox News", "Ruslands præsident"
 * → "Rusland". A final s is a genitive only right before a word that can be possessed, and
 * not when the article also uses the word with the s where no genitive can be ("Paris er",
 * "Kallas på"); names ending in -is, -us and -es keep their s ("Paris", "Sygehus").
 */
function fold(word: Word, next: Word | undefined, base: ReadonlySet<string>): string {
  const { text } = word;
  const last = text.charAt(text.length - 1);
  if (last !== 's' && last !== "'" && last !== '’') return text;
  if (/['’]s$/.test(text)) return text.slice(0, -2);
  if (last !== 's') return text.slice(0, -1);
  if (isCompound(text) || !word.spaced || next === undefined || text.length <= 3) return text;
  const possessed = !next.cap && /^\p{Ll}/u.test(next.text) && !AFTER_NAME.has(next.text);
  if (!possessed || base.has(text)) return text;
  const stem = text.slice(0, -1);
  if (base.has(stem)) return stem;
  return /[iue]s$/.test(text) ? text : stem;
}
