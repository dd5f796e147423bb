import { foldText } from './fold.js';
import {
  CALENDAR_WORDS, DEMONYM_PLACES, DEMONYMS, FURNITURE_WORDS, GIVEN_NAMES, HONORIFICS, KNOWN_ORGS, MAX_GAZETTEER_TOKENS,
  NON_NAME_NOUNS, ORG_CUE_WORDS, PLACES, ROLE_NOUNS, TITLE_WORDS,
} from './lexicon/index.js';
import type { NameSpan } from './spans.js';
import type { Token } from './tokenize.js';

/** NAME: a name of unknown kind (decided by the article); THING: a named thing or event, never a person. */
export type CandidateKind = 'PERSON' | 'PLACE' | 'ORGANIZATION' | 'NAME' | 'THING';

/** One capitalized name found in a zone, before resolution across the article. */
export interface Candidate {
  kind: CandidateKind;
  /** Name as written, without titles, honorifics or possessive. */
  surface: string;
  /** Canonical name for gazetteer hits (places, known organizations). */
  canonical?: string;
  /** A place named through its demonym ("Russian" → Russia): weaker support for the topic than its name. */
  demonym?: boolean;
  /** Name words (cores) in order. */
  words: string[];
  start: number;
  end: number;
  /** Token index range of the name. */
  first: number;
  last: number;
  /** Evidence of a person of its own: honorific, title, role noun, given name, appositive, age. */
  personEvidence: boolean;
  /** Adjacent to a speech verb ("said X", "X told"). */
  speech: boolean;
  /** The name opens a sentence (its capital letter may be positional). */
  sentenceStart: boolean;
  roles: string[];
}

const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'declared', 'wrote', 'writes',
  'tweeted', 'posted', 'explained', 'explains', 'warned', 'warns', 'insisted', 'insists', 'claimed', 'claims',
  'argued', 'argues', 'noted', 'notes', 'continued', 'replied', 'responded', 'asked', 'asks', 'announced',
  'announces', 'commented', 'remarked', 'saying', 'admitted', 'confirmed', 'acknowledged', 'urged', 'recalled',
  'described', 'suggested', 'concluded', 'believes', 'believed', 'thinks', 'thought', 'predicted', 'hopes',
]);
/** Modifiers that belong to a role in front of a name: "former Russian president". */
const ROLE_MODIFIERS = new Set([
  'former', 'ex', 'then', 'late', 'acting', 'deputy', 'vice', 'interim', 'incumbent', 'outgoing', 'new', 'current',
  'senior', 'chief', 'top', 'foreign', 'prime', 'general', 'executive', 'assistant', 'associate', 'shadow', 'head',
]);
/** Months that are also family names ("Theresa May"). */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);
/** Words that end an appositive: its clause goes on as a sentence of its own. */
const CLAUSE_BREAKS = new Set([
  'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'who',
  'which', 'that', 'when', 'where', 'while', 'because', 'but', 'after', 'before', 'since', 'and', 'or', 'says',
]);
const ROLE_CONNECTORS = new Set(['of', 'to', 'the', 'for']);
/** Title words that only qualify another title ("first lady", "foreign minister"): no evidence on their own. */
const TITLE_QUALIFIERS = new Set([
  'first', 'former', 'late', 'acting', 'interim', 'shadow', 'foreign', 'home', 'crown', 'vice', 'prime', 'deputy',
  'finance', 'health', 'interior', 'defence', 'defense',
]);
/** A title or role word, plural role nouns included ("athletes Vitas Gerulaitis and Jack Nicklaus"). */
function isRoleWord(w: string): boolean {
  if ((TITLE_WORDS.has(w) && !TITLE_QUALIFIERS.has(w)) || ROLE_NOUNS.has(w)) return true;
  return w.length > 4 && w.endsWith('s') && (ROLE_NOUNS.has(w.slice(0, -1)) || (w.endsWith('es') && ROLE_NOUNS.has(w.slice(0, -2))));
}
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around']);
/** Common nouns for works, vessels and products: right before a name, the name is a title ("novel Angel Catbird"). */
const THING_TYPE_NOUNS = new Set([
  'novel', 'book', 'memoir', 'film', 'movie', 'documentary', 'album', 'song', 'single', 'series', 'show', 'sitcom',
  'game', 'play', 'opera', 'musical', 'painting', 'sculpture', 'exhibition', 'exhibit', 'magazine', 'newspaper',
  'app', 'brand', 'ship', 'vessel', 'yacht', 'boat', 'ferry', 'tanker', 'carrier', 'submarine', 'aircraft', 'plane',
  'jet', 'rocket', 'spacecraft', 'satellite', 'car', 'model', 'hotel', 'restaurant', 'software', 'browser', 'website',
]);
/** Determiners that do not stand before a person's bare name ("the Campbell Soup cans", "the Masjid Al-Haram"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its']);
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'is', 'was', 'also', 'now', 'his', 'her']);

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}

const fold = (t: Token | undefined): string => (t ? foldText(t.core) : '');
const isAcronym = (word: string): boolean => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u.test(word);
/** "Jong-un", "Cheuk-yan", "Hee-Chan": two short syllables joined by a hyphen (East Asian given names). */
const isAsianGivenName = (word: string): boolean =>
  /^\p{Lu}\p{Ll}{1,4}-\p{L}\p{Ll}{1,4}$/u.test(word) && !/^(?:al|el|ul|ad|ar|as|at|an|az)-/iu.test(word);

/** Longest gazetteer (place or known organization) entry that starts at token i and stays inside the span. */
function gazetteerAt(tokens: readonly Token[], i: number, last: number):
  { n: number; kind: 'PLACE' | 'ORGANIZATION'; canonical: string } | undefined {
  for (let n = Math.min(MAX_GAZETTEER_TOKENS, last - i + 1); n >= 1; n -= 1) {
    const key = tokens.slice(i, i + n).map((t, k) => foldText(k === n - 1 ? t.core : t.text)).join(' ');
    const org = KNOWN_ORGS.get(key);
    if (org) return { n, kind: 'ORGANIZATION', canonical: org };
    const place = PLACES.get(key);
    if (place) return { n, kind: 'PLACE', canonical: place };
    // A possessive inside the window ends the gazetteer name.
    if (tokens[i + n - 1]?.possessive && n > 1) continue;
  }
  return undefined;
}

function textOf(text: string, tokens: readonly Token[], first: number, last: number): string {
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b) return '';
  const end = b.possessive ? b.end - (b.text.length - b.core.length) : b.end;
  return text.slice(a.start, end);
}

/**
 * Role words right before a name ("former Russian president", "Ukraine's president", "actor", "Afghan
 * Ambassador to the United States"). Tokens from `peeledFrom` on were peeled off the name's own span.
 */
function roleBefore(text: string, tokens: readonly Token[], first: number, peeledFrom: number):
  { role?: string; evidence: boolean } {
  let i = first - 1;
  let evidence = false;
  let from = first;
  while (i >= 0 && first - i <= 9) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') break;
    const w = fold(t).replace(/\.$/, '');
    // "attorney for Scientology" is not a role of Scientology; "Ambassador to the United States X" is X's.
    if (ROLE_CONNECTORS.has(w) && peeledFrom === first) break;
    if (isRoleWord(w)) evidence = true;
    else if (!(i >= peeledFrom || ROLE_MODIFIERS.has(w) || TITLE_WORDS.has(w) || DEMONYMS.has(w) || PLACES.has(w) || HONORIFICS.has(w)
      || ROLE_CONNECTORS.has(w) || (t.possessive && /^\p{Lu}/u.test(t.core)))) break;
    from = i;
    i -= 1;
  }
  while (from < first && (ROLE_CONNECTORS.has(fold(tokens[from])) || HONORIFICS.has(fold(tokens[from]).replace(/\.$/, '')))) {
    from += 1;
  }
  if (!evidence || from >= first) return { evidence };
  return { role: textOf(text, tokens, from, first - 1), evidence: true };
}

/**
 * "Tanya Chan of the Civic Party", "Frederick Fung of ADPL": a name followed by "of" and an organization (a
 * cue word, an acronym or a known organization) is a member's name. Places do not count ("X of London" may
 * be a thing).
 */
function memberOfOrganization(tokens: readonly Token[], last: number): boolean {
  if (tokens[last]?.possessive || tokens[last + 1]?.text !== 'of') return false;
  let i = tokens[last + 2]?.text === 'the' ? last + 3 : last + 2;
  const start = i;
  const words: string[] = [];
  while (i < tokens.length && i - start < 6) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.core)) break;
    words.push(foldText(t.core));
    i += 1;
  }
  if (words.length === 0) return false;
  if (words.length === 1 && isAcronym(tokens[start]?.core ?? '')) return true;
  return words.some((w) => ORG_CUE_WORDS.has(w)) || KNOWN_ORGS.has(words.join(' '));
}

const LEAD_IN_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);

/**
 * "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called": a sentence that
 * opens with a role and names its holder between commas (or before a speech verb).
 */
function roleLeadIn(text: string, tokens: readonly Token[], first: number, last: number): { role?: string; evidence: boolean } {
  if (tokens[first - 1]?.text !== ',') return { evidence: false };
  const next = tokens[last + 1];
  if (!next || !(next.text === ',' || isSpeechVerb(next.text))) return { evidence: false };
  let k = first - 2;
  while (k > 0 && first - k < 16 && !tokens[k]?.sentenceStart) k -= 1;
  const opener = tokens[k];
  if (!opener?.sentenceStart || !LEAD_IN_OPENERS.has(fold(opener))) return { evidence: false };
  for (let i = k + 1; i <= Math.min(k + 3, first - 2); i += 1) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') break;
    const w = fold(t);
    if ((TITLE_WORDS.has(w) && !TITLE_QUALIFIERS.has(w)) || ROLE_NOUNS.has(w)) {
      return { role: textOf(text, tokens, k + 1, first - 2), evidence: true };
    }
  }
  return { evidence: false };
}

/** A capitalized word that is neither a title nor a connector: the start of a name. */
function startsOtherName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const w = fold(t).replace(/\.$/, '');
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.core) && !TITLE_WORDS.has(w) && !ORG_CUE_WORDS.has(w);
}

/** ", an adviser in the presidential office," / ", who is also the former Prime Minister," / ", 24,". */
function appositiveAfter(text: string, tokens: readonly Token[], last: number):
  { role?: string; evidence: boolean; thing?: boolean } {
  if (tokens[last]?.possessive || tokens[last + 1]?.text !== ',') return { evidence: false };
  let i = last + 2;
  if (tokens[i]?.text === 'its') return { evidence: false, thing: true };
  if (/^\d{1,3}$/.test(tokens[i]?.text ?? '') && [',', '.', ')'].includes(tokens[i + 1]?.text ?? '')) {
    return { evidence: true };
  }
  while (APPOSITIVE_OPENERS.has(fold(tokens[i]))) i += 1;
  const start = i;
  let sawRole = false;
  while (i < tokens.length && i - start < 12) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || isSpeechVerb(t.text) || CLAUSE_BREAKS.has(fold(t))) break;
    const w = fold(t);
    // ", Doctor Who Society": a capitalized title before another name starts the next list item, not a role.
    if (/^\p{Lu}/u.test(t.core) && TITLE_WORDS.has(w) && startsOtherName(tokens, i + 1)) return { evidence: false };
    // Singular roles only: ", players are dropped" after a name is a new clause, not an appositive.
    if ((TITLE_WORDS.has(w) && !TITLE_QUALIFIERS.has(w)) || ROLE_NOUNS.has(w)) sawRole = true;
    else if (!sawRole && !(ROLE_MODIFIERS.has(w) || TITLE_WORDS.has(w) || DEMONYMS.has(w) || PLACES.has(w) || t.possessive)) break;
    i += 1;
  }
  if (!sawRole || i === start) return { evidence: false };
  return { role: textOf(text, tokens, start, i - 1), evidence: true };
}

function hasSpeechNear(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && isSpeechVerb(before.text)) return true;
  // "X said", "X, the minister, said" (within a few tokens after an appositive).
  for (let i = last + 1; i < Math.min(tokens.length, last + 14); i += 1) {
    const t = tokens[i];
    if (!t || t.kind === 'quote' || ['.', '!', '?', ':', ';'].includes(t.text)) return false;
    // "On board the Freewinds, Paris claims": a name right after the comma is the one speaking.
    if (isSpeechVerb(t.text)) return i === last + 1 || (tokens[last + 1]?.text === ',' && !startsOtherName(tokens, last + 2));
  }
  return false;
}

/**
 * Classifies one capitalized span: a gazetteer place or organization, an organization by its cue word or
 * acronym, or a person once titles, honorifics and place prefixes are peeled off ("Ukrainian President
 * Volodymyr Zelenskyy" → person "Volodymyr Zelenskyy", role "Ukrainian President"). A span can yield several
 * candidates ("U.S. President Donald Trump" → place "U.S.", person "Donald Trump").
 */
export function classifySpan(text: string, tokens: readonly Token[], span: NameSpan): Candidate[] {
  const out: Candidate[] = [];
  const make = (kind: CandidateKind, first: number, last: number, extra: Partial<Candidate> = {}): Candidate => ({
    kind,
    surface: textOf(text, tokens, first, last),
    words: tokens.slice(first, last + 1).map((t) => t.core),
    start: tokens[first]?.start ?? 0,
    end: tokens[last]?.end ?? 0,
    first,
    last,
    personEvidence: false,
    speech: false,
    sentenceStart: !!tokens[first]?.sentenceStart,
    roles: [],
    ...extra,
  });
  const words = tokens.slice(span.first, span.last + 1).map(fold);
  if (words.some((w) => FURNITURE_WORDS.has(w)) && !gazetteerAt(tokens, span.first, span.last)) return out;
  const whole = gazetteerAt(tokens, span.first, span.last);
  if (whole && whole.n === span.last - span.first + 1) {
    return [make(whole.kind, span.first, span.last, { canonical: whole.canonical })];
  }
  const lastWord = words[words.length - 1] ?? '';
  if (words.length >= 2 && (ORG_CUE_WORDS.has(lastWord) || words.some((w, k) => k > 0 && (w === 'of' || w === 'for')
    && ORG_CUE_WORDS.has(words[k - 1] ?? '')))) {
    const firstWord = words[0] ?? '';
    if (!TITLE_WORDS.has(firstWord) && !HONORIFICS.has(firstWord.replace(/\.$/, ''))) {
      return [make('ORGANIZATION', span.first, span.last)];
    }
  }
  if (words.length === 1) {
    const core = tokens[span.first]?.core ?? '';
    if (isAcronym(core)) {
      return TITLE_WORDS.has(lastWord) ? out : [make('ORGANIZATION', span.first, span.last)];
    }
    const place = DEMONYM_PLACES.get(lastWord);
    if (place) return [make('PLACE', span.first, span.last, { canonical: place, demonym: true })];
    if (DEMONYMS.has(lastWord) || CALENDAR_WORDS.has(lastWord) || TITLE_WORDS.has(lastWord)
      || HONORIFICS.has(lastWord.replace(/\.$/, ''))) return out;
  }

  // Peel titles, honorifics, demonyms and gazetteer prefixes; what remains is the name.
  let i = span.first;
  let titled = false;
  let afterTitleOf = false;
  while (i < span.last) {
    const w = fold(tokens[i]);
    const gaz = gazetteerAt(tokens, i, span.last - 1);
    if (gaz) {
      out.push(make(gaz.kind, i, i + gaz.n - 1, { canonical: gaz.canonical }));
      i += gaz.n;
      continue;
    }
    if (HONORIFICS.has(w.replace(/\.$/, '')) || TITLE_WORDS.has(w.replace(/\.$/, ''))) {
      titled = true;
      i += 1;
      continue;
    }
    const place = DEMONYM_PLACES.get(w);
    if (place) out.push(make('PLACE', i, i, { canonical: place, demonym: true }));
    if (DEMONYMS.has(w) || (titled && (w === 'of' || w === 'for' || w === 'the'))) {
      if (w === 'of' || w === 'for') afterTitleOf = true;
      i += 1;
      continue;
    }
    // "Minister of Education Stefania Giannini": drop the portfolio words up to a given name.
    if (afterTitleOf && span.last - i >= 2 && !GIVEN_NAMES.has(w)) {
      i += 1;
      continue;
    }
    if (tokens[i]?.possessive) {
      i += 1;
      continue;
    }
    break;
  }
  const nameWords = words.slice(i - span.first);
  const first = i;
  const last = span.last;
  if (nameWords.length === 0) return out;
  if (nameWords.some((w) => FURNITURE_WORDS.has(w)) || CALENDAR_WORDS.has(nameWords[0] ?? '')) return out;
  const rest = gazetteerAt(tokens, first, last);
  if (rest && rest.n === last - first + 1) {
    out.push(make(rest.kind, first, last, { canonical: rest.canonical }));
    return out;
  }
  const lookback = roleBefore(text, tokens, first, span.first);
  const appositive = appositiveAfter(text, tokens, last);
  const leadIn = roleLeadIn(text, tokens, first, last);
  const thingLike = nameWords.some((w, k) => NON_NAME_NOUNS.has(w) || ORG_CUE_WORDS.has(w) || PLACES.has(w)
    || DEMONYMS.has(w) || TITLE_WORDS.has(w) || (k > 0 && CALENDAR_WORDS.has(w) && !MONTH_SURNAMES.has(w)));
  // "DAB's Starry Lee", "Korea's Kim Shin-wook": an organization's or country's full name.
  const ownedBy = tokens[span.first - 1];
  const owned = nameWords.length >= 2 && first === span.first && !!ownedBy?.possessive && /^\p{Lu}/u.test(ownedBy.core);
  const nameCore = tokens.slice(first, last + 1).map((t) => t.core);
  if (nameWords.length === 1 && isAcronym(nameCore[0] ?? '')) {
    out.push(make('ORGANIZATION', first, last));
    return out;
  }
  const asian = nameWords.length >= 2 && nameWords.length <= 3 && nameCore.slice(1).some(isAsianGivenName);
  // A bare name after a determiner or a kind of work or vessel names a thing; ", its rival," likewise.
  const before = tokens[span.first - 1];
  const beforeWord = fold(before);
  const givenFirst = nameWords.length >= 2 && GIVEN_NAMES.has(nameWords[0] ?? '');
  // "the Annie Oakley screen print" still names a person: a known given name outweighs the determiner.
  const thingCue = !titled && !lookback.evidence && first === span.first
    && ((nameWords.length >= 2 && !givenFirst && DETERMINERS.has(beforeWord) && before?.text === beforeWord)
      || THING_TYPE_NOUNS.has(beforeWord) || appositive.thing);
  const member = nameWords.length >= 2 && nameWords.length <= 3 && memberOfOrganization(tokens, last);
  const evidence = (titled || lookback.evidence || appositive.evidence || leadIn.evidence || givenFirst || asian || owned || member)
    && !thingLike && !thingCue;
  const placeCue = !evidence && !thingLike && !thingCue && nameWords.length <= 2 && !!before && PLACE_PREPOSITIONS.has(before.text);
  const kind: CandidateKind = evidence ? 'PERSON' : thingLike || thingCue ? 'THING' : placeCue ? 'PLACE' : 'NAME';
  out.push(make(kind, first, last, {
    personEvidence: evidence,
    speech: hasSpeechNear(tokens, span.first, last),
    roles: evidence ? [...new Set([lookback.role, appositive.role, leadIn.role].filter((r): r is string => !!r))] : [],
  }));
  return out;
}
