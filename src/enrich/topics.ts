import type { Block } from '../model/index.ts';
import { topicKey } from './slug.ts';

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
    'i dag i går i morgen herefter dermed endelig alligevel blot dengang derudover hermed imens ligesom ' +
    'sådan således vist vel '
  )
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that are ordinary words at the start of a sentence but can also be a name, so they
 * are only skipped there: "Heller ikke …", but "Joseph Heller".
 */
const INITIAL_STOPWORDS = new Set(['heller']);

/** News agencies credited in the text; they are sources, not topics. */
const AGENCIES = new Set(['ritzau', 'reuters', 'afp', 'dpa', 'ap', 'tt', 'ntb', 'bloomberg']);

/** Verbs that follow a name as its subject: "Cimber Sterling er …", "Vojens synes …". */
const FINITE_VERBS =
  'er var har havde vil ville skal skulle kan kunne må bliver blev siger sagde mener skriver fortæller oplyser meddeler ' +
  'melder bekræfter afviser vandt tabte gik kom fik gav tog sendte synes ser står går får ligger kommer tager mødes ' +
  'hedder sidder venter bør';
const SUBJECT_VERBS = new Set(FINITE_VERBS.split(' '));

/** Words that follow a name without making it a genitive: "Paris er", "Jonas og", "Vojens synes". */
const AFTER_NAME = new Set(`${FINITE_VERBS} og eller men som der at på i til fra med for om`.split(' '));

/** Titles and roles written in front of a name ("Statsminister", "Byretsdommer"); not part of it. */
const TITLE =
  /(?:minister|præsident|chef|formand|direktør|leder|ordfører|borgmester|general|talsmand|talskvinde|talsperson|korrespondent|kansler|konge|dronning|prins|prinsesse|biskop|professor|dommer|sekretær|redaktør|ambassadør|inspektør|anklager|advokat|kommissær|guvernør|senator)$/i;
/** Titles that are also the first word of names ("General Motors", "Prins Henrik"): dropped only at a sentence start. */
const NAME_TITLE = /^(?:general|konge|dronning|prins|prinsesse)$/i;

/** A noun in the definite form ("Militæralliancen", "Regeringen"): not the start of a name. */
const DEFINITE_NOUN = /^\p{L}{7,}(?:en|et|erne|ene)$/u;

/** A verb in the present or past tense ("Nægter", "Nægtede") starting a question or a condition. */
const VERB_FORM = /^\p{Lu}\p{Ll}{3,}(?:er|ede)$/u;
/** Names and name parts that look like such verbs. */
const NOT_VERBS = new Set(
  (
    'peter jesper kasper casper jasper asger holger oliver alexander sander leander walter werner günter günther gunter ' +
    'dieter rainer reiner roger esther ester jennifer heather amber xavier javier olivier christer ejner ejler elmer ' +
    'homer frede vester øster sønder neder tønder'
  ).split(' '),
);

/**
 * The last word of an organisation or place that a name can follow without punctuation
 * ("talsmand for Kreml Dmitry Peskov", "borgmester i Aarhus Kommune Jacob Bundsgaard").
 */
const ORGANISATION_END =
  /(?:hus|kommune|region|industri|parti|partiet|ministeriet|ministerium|rådet|styrelsen|universitet|bank|banken|hospital|kommissionen|unionen|forbund|forbundet|politi|kreml|regeringen|pentagon|ambassade|ambassaden)$/i;

const NAME_JOINERS = new Set(['von', 'van', 'der', 'de', 'den', 'al', 'bin', 'la', 'le', 'du']);
const LOWER = /\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

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

/** A candidate name: its words, where it starts, and whether it is one word starting a sentence. */
interface Run {
  words: string[];
  start: number;
  initial: boolean;
}

/**
 * People, places and organisations named in an article, most mentioned first. Runs of
 * capitalised words are names; Danish genitives are folded ("Ruslands" → "Rusland", "USA's"
 * → "USA", "FNs" → "FN"); a title in front ("Statsminister …") is dropped, and two names
 * written side by side ("Kreml Dmitry Peskov") are split; a surname alone joins the full name
 * used elsewhere in the article ("Biden" → "Joe Biden", "Nyrup Rasmussen" → "Poul Nyrup
 * Rasmussen"); a capitalised word that only ever starts a sentence is not taken as a name.
 */
export function extractTopics(blocks: readonly Pick<Block, 'text'>[], limit = 12): string[] {
  const texts = blocks.map((block) => tokenize(block.text));
  const { base, midSentence: capitalised } = scan(texts);
  const midSentence = new Set<string>();
  const runs: Run[] = [];
  let position = 0;
  for (const words of texts) {
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as Word;
      if (!word.initial && word.cap) midSentence.add(stripCompound(fold(word, words[index + 1], base)));
    }
    nameRuns(words, base, capitalised, position, runs);
    position += words.length;
  }

  const known = new Set<string>();
  for (const run of runs) known.add(run.words.join(' '));
  const counts = new Map<string, { count: number; first: number }>();
  const count = (name: string, at: number) => {
    const entry = counts.get(name);
    if (entry) entry.count++;
    else counts.set(name, { count: 1, first: at });
  };
  for (const run of runs) {
    const name = run.words.length === 1 ? (run.words[0] as string) : run.words.join(' ');
    // A single capitalised word only at sentence starts is an ordinary word.
    if (run.initial && !midSentence.has(name) && !isAcronym(name)) continue;
    const split = run.words.length >= 3 ? splitPoint(run.words, known, base) : 0;
    if (split === 0) {
      count(name, run.start);
      continue;
    }
    const owner = run.words.slice(0, split);
    // "Sønderjyskes Frederik Storm": the first name is a genitive.
    if (isGenitiveOfBase(owner[split - 1] as string, base)) owner[split - 1] = (owner[split - 1] as string).slice(0, -1);
    count(owner.join(' '), run.start);
    count(run.words.slice(split).join(' '), run.start + split);
  }

  joinPartialNames(counts);
  return [...counts.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, limit)
    .map(([name]) => name);
}

/**
 * Folds genitives across the archive: a name with a final s ("Ukraines", "FNs", "Venstres")
 * becomes the name without it when that is a topic elsewhere in the archive ("Ukraine", "FN",
 * "Venstre"), a mention or a tag. A name ending in s whose shorter form is no topic ("Vojens",
 * "Paris") stays, and so does one whose shorter form ends in s, x or z: those take an apostrophe
 * ("Jens'"), so "Donbass" is not "Donbas". `mentions` holds each article's names; a list comes back as it was when
 * nothing in it changed.
 */
export function foldGenitivesAcross(mentions: readonly (readonly string[])[], tags: readonly (readonly string[])[] = []): (readonly string[])[] {
  const keys = new Set<string>();
  for (const list of tags) for (const name of list) keys.add(topicKey(name));
  for (const list of mentions) for (const name of list) keys.add(topicKey(name));
  return mentions.map((list) => {
    let folded: string[] | null = null;
    list.forEach((name, index) => {
      if (name.length < 3 || name.charCodeAt(name.length - 1) !== 115 /* s */) return;
      const stem = name.slice(0, -1);
      if (!takesGenitiveS(stem) || !keys.has(topicKey(stem))) return;
      folded ??= [...list];
      folded[index] = stem;
    });
    return folded ?? list;
  });
}

/**
 * "Biden" joins "Joe Biden" and "Nyrup Rasmussen" joins "Poul Nyrup Rasmussen": a shorter
 * name that ends a longer name of a person (or, one word, starts it) in the same article,
 * when exactly one such name is there.
 */
function joinPartialNames(counts: Map<string, { count: number; first: number }>): void {
  const longer = new Map<string, string | null>();
  const offer = (part: string, full: string) => {
    const found = longer.get(part);
    if (found === undefined) longer.set(part, full);
    else if (found !== full) longer.set(part, null);
  };
  for (const name of counts.keys()) {
    if (!name.includes(' ') || !isPerson(name)) continue;
    const words = name.split(' ');
    offer(words[0] as string, name);
    for (let index = 1; index < words.length; index++) offer(words.slice(index).join(' '), name);
  }
  if (longer.size === 0) return;
  for (const [name, single] of counts) {
    const full = longer.get(name);
    if (!full) continue;
    const target = counts.get(full);
    if (!target) continue;
    target.count += single.count;
    target.first = Math.min(target.first, single.first);
    counts.delete(name);
  }
}

/** Two to four capitalised words that are not an organisation's "Det Hvide Hus" form. */
function isPerson(name: string): boolean {
  const words = name.split(' ');
  return words.length <= 4 && !STOPWORDS.has((words[0] ?? '').toLowerCase());
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Where a run of capitalised words holds two names side by side, the number of words of the
 * first: an organisation, a genitive or a name of the article followed by a person's name
 * ("Det Hvide Hus Jen Psaki", "Kreml Dmitry Peskov", "FN Antonio Guterres", "Sønderjyskes
 * Frederik Storm"). 0 when it is one name.
 */
function splitPoint(words: readonly string[], known: ReadonlySet<string>, base: ReadonlySet<string>): number {
  for (let split = 1; split <= words.length - 2; split++) {
    if (!looksLikePerson(words, split)) continue;
    const end = words[split - 1] as string;
    if (ORGANISATION_END.test(end) || isAcronym(end) || isGenitiveOfBase(end, base)) return split;
    const first = words.slice(0, split).join(' ');
    if (known.has(first) && (split > 1 || known.has(words.slice(split).join(' ')))) return split;
  }
  return 0;
}

/** Two to four words from `from` on, each capitalised and not an organisation's word. */
function looksLikePerson(words: readonly string[], from: number): boolean {
  const length = words.length - from;
  if (length < 2 || length > 4) return false;
  for (let index = from; index < words.length; index++) {
    const word = words[index] as string;
    if (NAME_JOINERS.has(word)) continue;
    // "Danmarks Socialdemokratiske Ungdom": an adjective starts an organisation's name.
    if (!UPPER_START.test(word) || isAcronym(word) || ORGANISATION_END.test(word) || (index === from && word.endsWith('ske'))) return false;
  }
  return !STOPWORDS.has((words[from] as string).toLowerCase());
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x202f || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

/** Characters between two words that end a sentence or open a quotation: . ! ? : » « " ” – - */
function isSentenceBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 187 || code === 171 || code === 34 || code === 8221 || code === 8211 || code === 45;
}

function isCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * The words of a text, each marked capitalised, followed by a plain space, sentence-initial.
 * A text in capitals of more than one word ("SVÆR TV-GENRE") is a subhead shouted, not names.
 */
function tokenize(text: string): Word[] {
  const words: Word[] = [];
  if (!LOWER.test(text) && /\p{L}[^\p{L}\p{N}]+\p{L}/u.test(text)) return words;
  const length = text.length;
  let last: Word | undefined;
  let blank = false;
  let sentenceBreak = false;
  let marks = 0;
  let mark = 0;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const kind = charKind(text, index, code);
    if (kind === 0) {
      if (isSpace(code)) {
        if (marks === 0) blank = true;
      } else {
        blank = false;
        marks++;
        mark = code;
        if (isSentenceBreak(code)) sentenceBreak = true;
      }
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < length ? 2 : 1;
      continue;
    }
    // A word: a letter or digit, then letters, digits, apostrophes and hyphens.
    const start = index;
    index += kind;
    while (index < length) {
      const next = text.charCodeAt(index);
      if (next === 39 || next === 0x2019 || next === 45) index++;
      else {
        const step = charKind(text, index, next);
        if (step === 0) break;
        index += step;
      }
    }
    const word = text.slice(start, index);
    // "J. P. Fischer Hansen": the full stop after an initial ends no sentence.
    if (sentenceBreak && marks === 1 && mark === 46 && last?.cap && last.text.length === 1) sentenceBreak = false;
    if (last) last.spaced = blank && marks === 0;
    last = { text: word, cap: isCapital(word) && word.charCodeAt(word.length - 1) !== 45, spaced: false, initial: last === undefined || sentenceBreak };
    words.push(last);
    blank = false;
    sentenceBreak = false;
    marks = 0;
  }
  return words;
}

/** Letters and digits by UTF-16 code unit: 0 unknown, 1 a letter or digit, 2 not. */
const KINDS = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** How many code units the letter or digit at `index` takes; 0 for any other character. */
function charKind(text: string, index: number, code: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const pair = text.slice(index, index + 2);
    return pair.length === 2 && LETTER_OR_DIGIT.test(pair) ? 2 : 0;
  }
  let kind = KINDS[code] as number;
  if (kind === 0) KINDS[code] = kind = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1 ? 1 : 0;
}

/** "von der" in "Ursula von der Leyen": lower-case name particles followed by a capitalised word. */
function joinsName(words: readonly Word[], index: number): boolean {
  let ahead = index;
  while (ahead < words.length && (words[ahead] as Word).spaced && NAME_JOINERS.has((words[ahead] as Word).text)) ahead++;
  return ahead > index && (words[ahead]?.cap ?? false);
}

/** Runs of capitalised words, each as a candidate name, added to `runs`. Punctuation ends a run. */
function nameRuns(words: readonly Word[], base: ReadonlySet<string>, capitalised: ReadonlySet<string>, offset: number, runs: Run[]): void {
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
    const run = trimRun(parts, (words[start] as Word).initial, words[index], base, capitalised);
    if (run) runs.push({ ...run, start: offset + start });
  }
}

function trimRun(
  parts: readonly Word[],
  sentenceStart: boolean,
  next: Word | undefined,
  base: ReadonlySet<string>,
  capitalised: ReadonlySet<string>,
): Omit<Run, 'start'> | null {
  const last = parts[parts.length - 1];
  let words = parts.map((word) => word.text);
  let initial = sentenceStart;
  // "Ifølge Reuters", "Forsvarsminister Morten Bødskov", "Nægter Serbien …": drop the first word.
  if (words.length > 1) {
    const first = words[0] as string;
    const lower = first.toLowerCase();
    const drop = sentenceStart
      ? ((STOPWORDS.has(lower) || INITIAL_STOPWORDS.has(lower)) && !isOrganisationStart(words)) ||
        TITLE.test(lower) ||
        DEFINITE_NOUN.test(first) ||
        (VERB_FORM.test(first) && !NOT_VERBS.has(lower) && !capitalised.has(first) && !(last?.spaced && next && SUBJECT_VERBS.has(next.text)))
      : TITLE.test(lower) && !NAME_TITLE.test(lower);
    if (drop) {
      words = words.slice(1);
      initial = false;
    }
  }
  while (words.length > 0 && STOPWORDS.has((words[words.length - 1] as string).toLowerCase())) words.pop();
  if (words.length === 0) return null;
  if (last && words[words.length - 1] === last.text) words[words.length - 1] = fold(last, next, base);
  words = words.map(stripCompound);
  if (words.length === 1) {
    const name = words[0] as string;
    const lower = name.toLowerCase();
    // A title alone ("Ukrainekorrespondent") names no one.
    if (name.length < 2 || STOPWORDS.has(lower) || AGENCIES.has(lower) || TITLE.test(lower) || /^\p{N}+$/u.test(name)) return null;
    if (initial && INITIAL_STOPWORDS.has(lower)) return null;
    return { words, initial };
  }
  const lower = words.join(' ').toLowerCase();
  if (STOPWORDS.has(lower) || AGENCIES.has(lower)) return null;
  return { words, initial: false };
}

/** Danish names ending in s, x or z take an apostrophe for the genitive ("Jens'", "Marx'"), others an s. */
function takesGenitiveS(stem: string): boolean {
  const last = stem.charCodeAt(stem.length - 1);
  return last !== 115 && last !== 120 && last !== 122 && last !== 83 && last !== 88 && last !== 90;
}

/** "Sønderjyskes" where the article also names "Sønderjyske" (not "Hans" beside "Han"). */
function isGenitiveOfBase(word: string, base: ReadonlySet<string>): boolean {
  if (word.length <= 3 || !word.endsWith('s')) return false;
  const stem = word.slice(0, -1);
  return base.has(stem) && takesGenitiveS(stem) && !STOPWORDS.has(stem.toLowerCase());
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
 * Capitalised words seen where a genitive cannot be (`base`): before punctuation, a verb, a
 * conjunction or another capitalised word. "Kallas" in "sagde Kaja Kallas på" is the name
 * itself, so "Kallas" is never folded to "Kalla" in that article. And the capitalised words
 * seen inside sentences (`midSentence`).
 */
function scan(texts: readonly (readonly Word[])[]): { base: Set<string>; midSentence: Set<string> } {
  const base = new Set<string>();
  const midSentence = new Set<string>();
  for (const words of texts) {
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as Word;
      if (!word.cap) continue;
      if (!word.initial) midSentence.add(word.text);
      const next = words[index + 1];
      if (!word.spaced || !next || next.cap || AFTER_NAME.has(next.text)) base.add(word.text);
    }
  }
  return { base, midSentence };
}

/**
 * Folds a Danish genitive: "USA's" → "USA", "FNs" → "FN", "Fox News'" → "Fox News",
 * "Ruslands præsident" → "Rusland". A final s is a genitive only right before a word that can
 * be possessed, and not when the article also uses the word with the s where no genitive can be
 * ("Paris er", "Kallas på"); names ending in -is, -us and -es keep their s ("Paris",
 * "Sygehus") unless the article uses the shorter form; across the archive, `foldGenitivesAcross`
 * folds them where the shorter form is a topic elsewhere ("Ukraines" → "Ukraine").
 */
function fold(word: Word, next: Word | undefined, base: ReadonlySet<string>): string {
  const { text } = word;
  const last = text.charAt(text.length - 1);
  if (last !== 's' && last !== "'" && last !== '’') return text;
  if (/['’]s$/.test(text)) return text.slice(0, -2);
  if (last !== 's') return text.slice(0, -1);
  if (isCompound(text)) return text;
  // An abbreviation in capitals with a small s is a genitive: "FNs", "EUs", "DRs".
  if (text.length >= 3 && isAcronym(text.slice(0, -1))) return text.slice(0, -1);
  if (!word.spaced || next === undefined || text.length <= 3) return text;
  if (next.cap && isGenitiveOfBase(text, base)) return text.slice(0, -1);
  const possessed = !next.cap && LOWER.test(next.text.charAt(0)) && !AFTER_NAME.has(next.text);
  if (!possessed || base.has(text)) return text;
  const stem = text.slice(0, -1);
  if (!takesGenitiveS(stem)) return text;
  if (base.has(stem)) return stem;
  return /[iue]s$/.test(text) ? text : stem;
}
