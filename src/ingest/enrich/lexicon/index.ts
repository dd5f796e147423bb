import { foldText } from '../fold.js';
import { GIVEN_NAMES_TEXT } from './given-names.js';
import { CITIES_TEXT, COUNTRIES_TEXT, DEMONYMS_TEXT, REGIONS_TEXT } from './places.js';
import { KNOWN_ORGS_TEXT, ORG_CUE_WORDS_TEXT } from './organizations.js';
import { CALENDAR_WORDS_TEXT, FUNCTION_WORDS_TEXT, FURNITURE_WORDS_TEXT } from './stop-words.js';
import { HONORIFICS_TEXT, ROLE_NOUNS_TEXT, TITLE_HEADS_TEXT, TITLE_WORDS_TEXT } from './titles.js';
import { NON_NAME_NOUNS_TEXT } from './non-name-nouns.js';

function words(text: string): Set<string> {
  return new Set(text.split(/\s+/).filter(Boolean).map(foldText));
}

/** `Alias=Canonical|Name|...` → folded alias → canonical display name. */
function entries(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of text.split('|')) {
    const entry = raw.replace(/\s+/g, ' ').trim();
    if (!entry) continue;
    const [alias, canonical] = entry.includes('=') ? entry.split('=') : [entry, entry];
    if (alias && canonical) map.set(foldText(alias), canonical);
  }
  return map;
}

export const GIVEN_NAMES = words(GIVEN_NAMES_TEXT);
export const HONORIFICS = words(HONORIFICS_TEXT);
export const TITLE_WORDS = words(TITLE_WORDS_TEXT);
export const TITLE_HEADS = words(TITLE_HEADS_TEXT);
export const ROLE_NOUNS = words(ROLE_NOUNS_TEXT);
export const FUNCTION_WORDS = words(FUNCTION_WORDS_TEXT);
export const CALENDAR_WORDS = words(CALENDAR_WORDS_TEXT);
export const FURNITURE_WORDS = words(FURNITURE_WORDS_TEXT);
export const ORG_CUE_WORDS = words(ORG_CUE_WORDS_TEXT);
export const NON_NAME_NOUNS = words(NON_NAME_NOUNS_TEXT);
/** Folded place name → canonical place name. */
export const PLACES = new Map([...entries(COUNTRIES_TEXT), ...entries(REGIONS_TEXT), ...entries(CITIES_TEXT)]);
/** Folded demonym → the place it points at, or itself when it points at none. */
export const DEMONYMS = entries(DEMONYMS_TEXT);
/** Folded demonym → canonical place name, for the demonyms that point at a gazetteer place. */
export const DEMONYM_PLACES = new Map(
  [...DEMONYMS].flatMap(([demonym, target]) => {
    const place = PLACES.get(foldText(target));
    return place ? [[demonym, place] as const] : [];
  }),
);
/** Folded organization name → canonical organization name. */
export const KNOWN_ORGS = entries(KNOWN_ORGS_TEXT);
/** Longest entry of PLACES and KNOWN_ORGS, in tokens: bounds the prefix search. */
export const MAX_GAZETTEER_TOKENS = Math.max(
  ...[...PLACES.keys(), ...KNOWN_ORGS.keys()].map((k) => k.split(' ').length),
);
/** First two words of every multi-word gazetteer entry: "New Zealand" keeps "New" at a sentence start. */
export const GAZETTEER_PREFIXES = new Set(
  [...PLACES.keys(), ...KNOWN_ORGS.keys()].map((k) => k.split(' ').slice(0, 2).join(' ')).filter((k) => k.includes(' ')),
);
