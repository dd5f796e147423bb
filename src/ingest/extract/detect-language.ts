/** Frequent short words that tell the common news languages apart in a few hundred words. */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'said'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'auch', 'auf', 'ein', 'eine', 'dass'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'qui', 'pas', 'sur', 'du', 'au'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'una', 'para', 'con', 'es', 'se', 'al'],
  it: ['il', 'che', 'di', 'la', 'per', 'non', 'una', 'del', 'della', 'sono', 'gli', 'con', 'è', 'le', 'nel'],
  pt: ['o', 'que', 'de', 'não', 'uma', 'os', 'para', 'com', 'do', 'da', 'em', 'é', 'as', 'no', 'ao'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'dat', 'is', 'op', 'zijn', 'met', 'voor', 'ook', 'aan', 'er'],
};

/**
 * A language guess for text that carries no `lang` attribute (text documents): the language whose
 * frequent words cover most of the first 2,000 words, when that cover is clearly above the others'.
 * Scripts other than Latin are left undetermined rather than guessed.
 */
export function detectLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}']+/gu)?.slice(0, 2000) ?? [];
  if (words.length < 20) return undefined;
  const scores = Object.entries(STOPWORDS).map(([lang, list]) => {
    const set = new Set(list);
    return { lang, score: words.filter((w) => set.has(w)).length / words.length };
  });
  scores.sort((a, b) => b.score - a.score);
  const [best, next] = scores;
  if (!best || best.score < 0.12) return undefined;
  return !next || best.score > next.score * 1.5 ? best.lang : undefined;
}
