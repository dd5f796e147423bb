import { foldText } from './fold.js';
import {
  FUNCTION_WORDS, GAZETTEER_PREFIXES, GIVEN_NAMES, HONORIFICS, ORG_CUE_WORDS, TITLE_HEADS, TITLE_WORDS,
} from './lexicon/index.js';
import type { Token } from './tokenize.js';

/** A run of capitalized tokens (with name particles and org connectors) that may name something. */
export interface NameSpan {
  /** Token indices [first, last] inclusive. */
  first: number;
  last: number;
}

/** Lower-case particles that live inside names: "Kevin de Bruyne", "Osama bin Laden", "Ludwig van Beethoven". */
const PARTICLES = new Set([
  'de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'la',
  'le', 'ter', 'ten', 'y', 'zu', 'af', 'bint',
]);
/** Words that continue an organization or title name after a cue word: "Ministry of Defence", "Minister for Health". */
const CONNECTORS = new Set(['of', 'for', 'and', '&']);

export interface CaseContext {
  /** Folded words seen in lower case somewhere in the article: such words capitalized at a sentence start are common words. */
  lowerVocab: Set<string>;
  /** The zone is a headline in title case: a capital letter there is weak evidence. */
  headline: boolean;
}

const isInitial = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}\.$/u.test(t.text);

/** True when the token is a capitalized word that can belong to a name here (not a common word capitalized by position). */
export function isNameWord(tokens: readonly Token[], i: number, ctx: CaseContext): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  // "al-Amr", "bin-Salman", "d'Estaing": a lower-case particle glued to a capitalized name.
  if (/^(?:al|el|ad|ash|bin|ibn|abu|bint|d|l)[-'’]\p{Lu}/u.test(t.core)) return true;
  if (!/^\p{Lu}/u.test(t.core) || /^\p{L}+['’](?:m|re|ve|ll|d|t)$/u.test(t.core)) return false;
  const folded = foldText(t.core);
  if (FUNCTION_WORDS.has(folded)) return false;
  if (/^\p{Lu}+$/u.test(t.core) && t.core.length > 1 && ctx.headline) return false;
  if ((t.sentenceStart || ctx.headline) && ctx.lowerVocab.has(folded)) {
    // "Mark Rathbun said" at a sentence start: a given name followed by a name is still a name.
    const next = tokens[i + 1];
    if (next && GAZETTEER_PREFIXES.has(`${folded} ${foldText(next.core)}`)) return true;
    return GIVEN_NAMES.has(folded) && !!next && next.kind === 'word' && /^\p{Lu}/u.test(next.core) && !t.possessive;
  }
  return true;
}

/**
 * "Wilson Or", "James To", "Theresa May": a capitalized function word in mid-sentence right after a lone given
 * name, ending the name, is a surname (a function word is capitalized mid-sentence only as a name).
 */
function functionWordSurname(tokens: readonly Token[], first: number, j: number, ctx: CaseContext): boolean {
  const t = tokens[j];
  if (ctx.headline || j <= first || !t || t.kind !== 'word' || t.sentenceStart) return false;
  // Only titles and honorifics may come before the given name ("Councillor Wilson Or").
  for (let k = first; k < j - 1; k += 1) {
    const w = foldText(tokens[k]?.core ?? '').replace(/\.$/, '');
    if (!TITLE_WORDS.has(w) && !HONORIFICS.has(w)) return false;
  }
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.core) || !FUNCTION_WORDS.has(foldText(t.core))) return false;
  const given = tokens[j - 1];
  if (!given || given.possessive || !GIVEN_NAMES.has(foldText(given.core))) return false;
  const after = tokens[j + 1];
  return !(after && after.kind === 'word' && /^\p{Lu}/u.test(after.core));
}

/** Finds the capitalized spans of a zone's tokens. A possessive ends its span ("FTU's Alice Mak" → two spans). */
export function findNameSpans(tokens: readonly Token[], ctx: CaseContext): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !(isNameWord(tokens, i, ctx) || (isInitial(t) && isNameWord(tokens, i + 1, ctx)))) {
      i += 1;
      continue;
    }
    const first = i;
    let last = i;
    while (!tokens[last]?.possessive) {
      const j = last + 1;
      const next = tokens[j];
      if (!next || next.paragraph !== t.paragraph) break;
      if (isNameWord(tokens, j, ctx) && !next.sentenceStart) {
        last = j;
        continue;
      }
      if (functionWordSurname(tokens, first, j, ctx)) {
        last = j;
        break;
      }
      if (isInitial(next)) {
        last = j;
        continue;
      }
      const lower = foldText(next.text);
      if (PARTICLES.has(lower) && next.text === next.text.toLowerCase() && isNameWord(tokens, j + 1, ctx)) {
        last = j + 1;
        continue;
      }
      const prev = foldText(tokens[last]?.core ?? '');
      const orgSoFar = tokens.slice(first, last + 1).some((x) => ORG_CUE_WORDS.has(foldText(x.core)));
      // "Civic Party and Wong Pik-wan": "and" right after a cue word ends a finished name ("&" never does).
      const finished = lower === 'and' && ORG_CUE_WORDS.has(prev);
      if (CONNECTORS.has(lower) && !finished && (orgSoFar || TITLE_HEADS.has(prev) || lower === '&')) {
        const k = tokens[j + 1]?.text === 'the' ? j + 2 : j + 1;
        if (isNameWord(tokens, k, ctx)) {
          last = k;
          continue;
        }
      }
      break;
    }
    spans.push({ first, last });
    i = last + 1;
  }
  return spans;
}
