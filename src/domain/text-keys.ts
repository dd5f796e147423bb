const ASCII_PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

/** Canonical decomposition with combining marks removed: "Zürich" → "Zurich", "Україна" keeps its letters. */
function stripMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * Lower-case, strip diacritics (NFKD + combining marks), unify apostrophes and dashes, and fold the Latin
 * letters NFKD leaves alone (ß→ss, ł→l, ø→o, đ→d), so spellings with and without them meet.
 */
export function foldText(text: string): string {
  // Fast path: plain ASCII without backticks only needs lower-casing (the enricher folds every token).
  if (ASCII_PLAIN.test(text)) return text.toLowerCase();
  return stripMarks(text)
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Case- and accent-folded form of a name, for lookups that must ignore both ("zelenskyy" finds "Zelenskyy"). */
export function foldName(name: string): string {
  return stripMarks(name)
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * THE topic slug (feed categories, enriched places/organizations/subjects, lookups by slug), so one topic gets
 * one key whoever names it: "Ukraine"/"UKRAINE" → `ukraine`, "The Kremlin" → `kremlin`, "Crime & Police" →
 * `crime-and-police`, "Putin's" → `putin`. Letters of every script are kept ("Україна" → `украіна`), so a
 * non-Latin name never becomes an empty slug. Idempotent: a slug slugifies to itself, so lookups may pass one.
 */
export function slugify(name: string): string {
  return foldText(name.trim())
    .replace(/^the\s+(?=\S)/, '')
    .replace(/'s(?![\p{L}\p{N}])/gu, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
