import { foldText } from './fold.js';
import { GIVEN_NAMES } from './lexicon/index.js';
import { foldNameWord, personKey } from './person-key.js';
import type { ZoneCandidate } from './zones.js';

/** A person of one article: every mention candidate that names them, in reading order. */
export interface ResolvedPerson {
  words: string[];
  mentions: ZoneCandidate[];
}

/** Only a comma or "and" between two names, after a short aside ("(tennis) and"): items of one list. */
function listGap(text: string, a: ZoneCandidate, b: ZoneCandidate): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return y.start > x.end && y.start - x.end <= 40
    && /^\s*(?:\([^()]{1,24}\))?\s*(?:,|,?\s*and|&)\s*$/.test(text.slice(x.end, y.start));
}

const isGiven = (c: ZoneCandidate): boolean => GIVEN_NAMES.has(foldText(c.words[0] ?? ''));
const wordKeys = (c: ZoneCandidate): string[] => c.words.map(foldNameWord).filter(Boolean);
const isAsianStyle = (words: readonly string[]): boolean => words.slice(1).some((w) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w));

/** Does `short` name the same person as the full name `full`? Suffix ("Putin" ⊂ "Vladimir Putin", "De Bruyne"),
 * or the family name first in East Asian order ("Kim" for "Kim Jong-un"). */
function namesSamePerson(short: readonly string[], full: ResolvedPerson): boolean {
  const fk = full.words.map(foldNameWord);
  if (short.length === 0 || short.length > fk.length) return false;
  const tail = fk.slice(fk.length - short.length);
  if (tail.every((w, i) => w === short[i])) return true;
  return short.length === 1 && isAsianStyle(full.words) && fk[0] === short[0];
}

/**
 * Resolves person candidates of one article to people. Full names (two words or more) found with person
 * evidence found the people; a name of unknown kind becomes a person when its surname is used for a person
 * elsewhere ("Ambassador Mohib") or it stands next to a speech verb; surname-only mentions resolve to the
 * nearest earlier full name (or the first later one: a headline often says "Putin" before the body says
 * "Vladimir Putin"). A lone surname with its own evidence ("Mr Key", "Heald said") is a person too.
 */
export function resolvePeople(candidates: readonly ZoneCandidate[], lowerVocab: ReadonlySet<string> = new Set(),
  zoneTexts: ReadonlyMap<string, string> = new Map()):
  { people: ResolvedPerson[]; used: Set<ZoneCandidate> } {
  // Words the article also uses in lower case are common nouns: "Space Shuttle", "Campbell Soup", "Budweiser Man".
  // A lone plural at a sentence start ("Residents said") is a common noun.
  const nameLike = (c: ZoneCandidate): boolean =>
    c.words.every((w) => !lowerVocab.has(foldText(w)) && !/^\p{Lu}{2,}$/u.test(w))
    && !(c.words.length === 1 && c.sentenceStart && /[^su]s$/.test(c.words[0] ?? ''));
  const used = new Set<ZoneCandidate>();
  const byKey = new Map<string, ResolvedPerson>();
  const people: ResolvedPerson[] = [];
  const named = candidates.filter((c) => c.kind === 'PERSON' || c.kind === 'NAME');
  const nameCount = new Map<string, number>();
  for (const c of named) nameCount.set(personKey(c.words.join(' ')), (nameCount.get(personKey(c.words.join(' '))) ?? 0) + 1);
  const singleEvidence = new Set(
    named.filter((c) => c.words.length === 1 && (c.personEvidence || c.speech)).map((c) => foldNameWord(c.words[0] ?? '')),
  );
  const found = (c: ZoneCandidate): void => {
    const key = personKey(c.words.join(' '));
    let p = byKey.get(key);
    if (!p) {
      p = { words: c.words, mentions: [] };
      byKey.set(key, p);
      people.push(p);
    }
    p.mentions.push(c);
    used.add(c);
  };
  // 1. Full names with evidence of their own, then full names of unknown kind that the article vouches for.
  for (const c of named) if (c.kind === 'PERSON' && c.words.length >= 2 && (nameLike(c) || c.roles.length > 0 || isGiven(c))) found(c);
  for (const c of named) {
    if (used.has(c) || c.words.length < 2) continue;
    const keys = wordKeys(c);
    const surname = keys[keys.length - 1] ?? '';
    const key = personKey(c.words.join(' '));
    // A full name the article repeats, or whose surname it uses alone, is a person's (things get cue words).
    const repeated = (nameCount.get(key) ?? 0) >= 2 || (nameCount.get(surname) ?? 0) >= 1;
    // "Warhol Polaroids", "Trump Tower": a thing named after a person already found.
    const afterPerson = people.some((p) => foldNameWord(p.words[p.words.length - 1] ?? '') === keys[0]);
    if (byKey.has(key) || ((c.speech || singleEvidence.has(surname) || (repeated && c.words.length <= 3))
      && nameLike(c) && !afterPerson)) found(c);
  }
  // 1b. Full names listed with a person ("Romelu Lukaku, Yannick Carrasco and Dries Mertens") are people.
  for (let pass = 0; pass < 3; pass += 1) {
    let grew = false;
    for (const c of named) {
      if (used.has(c) || c.words.length < 2 || !nameLike(c)) continue;
      const listed = named.some((o) => used.has(o) && o.source === c.source && listGap(zoneTexts.get(c.source) ?? '', o, c));
      if (listed) {
        found(c);
        grew = true;
      }
    }
    if (!grew) break;
  }
  // 2. Longer names absorb shorter ones that are their suffix ("De Bruyne" into "Kevin De Bruyne").
  for (const p of [...people]) {
    const longer = people.find((q) => q !== p && q.words.length > p.words.length && namesSamePerson(p.words.map(foldNameWord), q));
    if (longer) {
      longer.mentions.push(...p.mentions);
      people.splice(people.indexOf(p), 1);
    }
  }
  // 3. Lone surnames with evidence of their own found people when no full name claims them.
  for (const c of named) {
    if (used.has(c) || c.words.length !== 1 || !(c.personEvidence || (c.speech && nameLike(c)))) continue;
    if (!people.some((p) => namesSamePerson(wordKeys(c), p))) found(c);
  }
  // 4. Short mentions resolve to the nearest earlier full name, else the first one.
  for (const c of named) {
    if (used.has(c)) continue;
    const keys = wordKeys(c);
    const before = (p: ResolvedPerson): number =>
      Math.max(-1, ...p.mentions.filter((m) => m.order < c.order && m.words.length >= p.words.length).map((m) => m.order));
    const best = people.filter((p) => namesSamePerson(keys, p)).sort((a, b) => before(b) - before(a))[0];
    if (best) {
      best.mentions.push(c);
      used.add(c);
    }
  }
  for (const p of people) p.mentions.sort((a, b) => a.order - b.order);
  return { people, used };
}
