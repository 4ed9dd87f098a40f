const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };

const MAX_LENGTH = 80;

/**
 * A URL segment from a headline: lower case, Danish letters transliterated (æ→ae, ø→oe,
 * å→aa), other accents dropped, everything else turned into single dashes.
 */
export function slugify(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[æøåß]/g, (letter) => DANISH[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > MAX_LENGTH / 2 ? cut.slice(0, boundary) : cut.slice(0, MAX_LENGTH)).replace(/-+$/, '');
}

const topicKeys = new Map<string, string>();

/** The identity of a topic: "NATO", "Nato" and "nato" are one topic. Remembered, as topics repeat. */
export function topicKey(topic: string): string {
  let key = topicKeys.get(topic);
  if (key === undefined) {
    key = slugify(topic);
    if (topicKeys.size > 200_000) topicKeys.clear();
    topicKeys.set(topic, key);
  }
  return key;
}
