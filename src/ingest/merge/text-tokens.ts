/**
 * Words that say nothing about which event a headline or lead is about: English function words plus
 * the furniture of news headlines ("update", "watch", "report"). Matching on them would glue unrelated
 * stories together, so they never become tokens.
 */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'get gets got go goes going gone make makes made may might must shall us via vs amp ' +
    'says said say saying tells told report reports reported update updated updates latest breaking live ' +
    'news video videos photo photos watch read exclusive new one two first last next day days week year years ' +
    'today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday ' +
    'mr mrs ms dr st im ive dont doesnt didnt cant wont isnt arent wasnt'
  ).split(' '),
);

/** ASCII-folds, lowercases and drops possessives so "Plosser's", "PLOSSER" and "Plösser" meet. */
function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/['\u2019]/g, '');
}

/** -ies plurals whose singular ends in -ie, and -ies words that are not plurals at all. */
const IES_WORDS = new Set(['series', 'species', 'movies', 'cookies', 'zombies', 'rookies', 'calories', 'selfies', 'lies', 'ties', 'pies']);

/**
 * Plural folding only: headlines of one event say "shares"/"share", "stories"/"story", "taxes"/"tax".
 * Anything heavier (Porter) merges words a reader keeps apart ("news" → "new", "general" → "gener").
 */
function stemToken(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  if (token.endsWith('ies')) {
    if (IES_WORDS.has(token)) return token === 'series' || token === 'species' ? token : token.slice(0, -1);
    return `${token.slice(0, -3)}y`;
  }
  if (/(ch|sh|x|ss|zz)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('s') && !/(ss|us|is|os)$/.test(token)) return token.slice(0, -1);
  return token;
}

/**
 * Content tokens of a title or lead, in order, repeats kept: folded, stemmed, without stopwords,
 * single characters or lone digits. The one tokenizer for signatures, story centroids and related-story
 * reasons, so every stage agrees on what a word is.
 */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of foldText(text).split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    if (/^\d+$/.test(raw) && raw.length < 3) continue;
    const token = stemToken(raw);
    if (!STOPWORDS.has(token)) out.push(token);
  }
  return out;
}

/**
 * A stable key for a named entity ("Dmitry Medvedev", "dmitry  medvedev" → "dmitry-medvedev") so
 * entity keys from different articles and enrichers meet in one index entry.
 */
export function entitySlug(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
