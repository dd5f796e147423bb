export type TokenKind = 'word' | 'quote' | 'punct';

export interface Token {
  text: string;
  /** The word without a possessive ending ("Putin's" → "Putin"). */
  core: string;
  kind: TokenKind;
  start: number;
  end: number;
  possessive: boolean;
  /** First token of a sentence (after . ! ? :, a paragraph break or an opening quote). */
  sentenceStart: boolean;
  /** First token of a paragraph (line). */
  paragraphStart: boolean;
  /** Index of the paragraph (line) the token is in. */
  paragraph: number;
}

/** Abbreviations that keep their period: the period does not end the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'sen', 'rep', 'gov', 'lt', 'prof', 'rev', 'mt', 'ft',
  'capt', 'sgt', 'maj', 'cmdr', 'adm', 'supt', 'insp', 'det', 'hon', 'messrs', 'inc', 'corp', 'ltd', 'co', 'no',
  'vs', 'etc', 'approx', 'dept', 'univ', 'fr',
]);

const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*['’]?|["“”„«»‹›]|['‘’]|\n|[^\s\p{L}\p{M}\p{N}]/gu;

const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’']);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);

/**
 * Splits text into words, quote marks and punctuation with character offsets. Possessives stay on the word
 * (flagged and stripped in `core`); initials and known abbreviations keep their period so "Mr. Tedeschi" and
 * "L. Ron Hubbard" do not end a sentence.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let paragraph = 0;
  let paragraphStart = true;
  let sentenceStart = true;
  let skipTo = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    let raw = match[0];
    const start = match.index;
    if (start < skipTo) continue; // the period an abbreviation took
    if (raw === '\n') {
      paragraph += 1;
      paragraphStart = true;
      sentenceStart = true;
      continue;
    }
    let kind: TokenKind = QUOTE_CHARS.has(raw) ? 'quote' : /[\p{L}\p{N}]/u.test(raw) ? 'word' : 'punct';
    if (kind === 'word' && text[start + raw.length] === '.') {
      const lower = raw.toLowerCase();
      if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(raw)) {
        raw += '.';
        skipTo = start + raw.length;
      }
    }
    let core = raw;
    let possessive = false;
    if (kind === 'word') {
      const m = /^(.*\p{L})(['’]s|['’])$/u.exec(raw);
      if (m && m[1]) {
        core = m[1];
        possessive = true;
      }
    }
    tokens.push({
      text: raw, core, kind, start, end: start + raw.length, possessive, sentenceStart, paragraphStart, paragraph,
    });
    paragraphStart = false;
    if (kind === 'quote') {
      // An opening quote keeps the next word at sentence start; a closing one passes on what came before.
      continue;
    }
    sentenceStart = kind === 'punct' && SENTENCE_END.has(raw);
    if (kind === 'word' && raw.endsWith('.') && /^(?:\p{Lu}\.){2,}$/u.test(raw)) {
      // "U.S." may end a sentence; treat a following capital as a possible sentence start.
      sentenceStart = false;
    }
  }
  return tokens;
}
