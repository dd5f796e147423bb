import { slugify } from '../../domain/text-keys.js';
import { foldText } from './fold.js';
import { HONORIFICS } from './lexicon/index.js';

/**
 * Folds one name word so transliteration variants meet: "Zelenskyy", "Zelenskiy", "Zelensky" and "Zelenskij"
 * all become "zelenski"; "Mykhailo"/"Mikhailo", "Dmitriy"/"Dmitry" likewise. Only spelling-level folds (y/i,
 * kh/h, doubled letters, -ij), so different names ("John"/"Jane") stay different.
 */
export function foldNameWord(word: string): string {
  return foldText(word)
    .replace(/[^a-z0-9]/g, '')
    .replace(/kh/g, 'h')
    .replace(/ij$/, 'i')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Name words without honorifics, punctuation or a possessive ending. */
export function nameWords(name: string): string[] {
  const words = foldText(name)
    .replace(/'s\b/g, '')
    .split(/[\s\-.,']+/)
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0] ?? '')) words.shift();
  return words;
}

/**
 * Identity of a person across articles and sources: case-, diacritic- and transliteration-insensitive, so
 * "Volodymyr Zelenskyy" and "Volodymyr Zelensky" share a key while "John Smith" and "Jane Smith" do not.
 * Hyphens and initials' periods are ignored ("Kim Jong-un" = "Kim Jong Un").
 */
export function personKey(name: string): string {
  return nameWords(name).map(foldNameWord).filter(Boolean).join('-');
}

/** Topic identity: the one topic slug of the project (`slugify`), so enriched topics and feed categories meet. */
export function topicSlug(name: string): string {
  return slugify(name);
}
