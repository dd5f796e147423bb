const BYLINE_PREFIX = /^(?:(?:(?:written|words|reported|reporting|text|story)\s+)?(?:by|von|par|por|door|di|av|af|de)|author|autor|auteur)\s*:?\s+/i;
const ROLE_SUFFIX = /,?\s+(?:(?:senior|chief|deputy|staff|special|political|foreign|royal|home|business|health|crime|science|technology|education|security|defen[cs]e|sports?|economics?|investigative|digital|assistant|associate|managing|contributing)\s+)*(?:correspondent|editor|reporter|writer|journalist|columnist|contributor|producer|analyst|presenter)(?:\s+(?:in|for|at)\s+.+)?$/i;
const ROLE_ONLY = /^(?:(?:senior|chief|deputy|staff|special|political|foreign|royal|home|business|health|crime|science|technology|education|security|sports?|economics?|investigative|digital|assistant|associate|managing|contributing)\s+)*(?:correspondent|editor|reporter|writer|journalist|columnist|contributor|producer|analyst|presenter)$/i;
const CREDENTIAL = /^(?:[A-Z]{2,4}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?)$/;
const NOT_A_NAME = /\b(?:updated|published|posted|last|am|pm|minutes?|hours?|ago|read|follow|share|news|staff|team|desk|agency|editors?|reporters?|contributors?|wire|press|reuters|associated|\d)\b/i;

/** Whether a string reads like a person's name: 1–5 words, letters, each word capitalized (particles allowed). */
export function looksLikePersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 1 || words.length > 5 || name.length > 60) return false;
  if (NOT_A_NAME.test(name)) return false;
  if (!/^[\p{L}][\p{L}\p{M}.'’\- ]*$/u.test(name)) return false;
  const particles = /^(?:de|da|di|del|della|van|von|der|den|la|le|du|dos|das|bin|al|el|ter|ten|y|e)$/i;
  return words.every((w) => /^[\p{Lu}]/u.test(w) || particles.test(w) || !/[\p{Ll}\p{Lu}]/u.test(w[0] ?? '')) && words.some((w) => /^[\p{Lu}]/u.test(w));
}

function titleCaseIfShouting(name: string): string {
  // Acronyms ("AFP", "BBC") stay as they are; only shouted names with a space are recased.
  if (name !== name.toUpperCase() || !/\p{Lu}/u.test(name) || !/\s/.test(name.trim())) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * People named in a byline: "By Asher McShane", "By Erin Cunningham and Joe Smith", "Stella Kim, Jennifer Jett",
 * "Par Sébastien Farcis", "By GILLIAN MOHNEY March 11, 2015 3:46 PM". Drops the "By", roles ("Political
 * Editor"), dates and anything after a line break that is not a name; shouting capitals become title case.
 * Organizations ("BBC News") are kept when they are the whole byline: the page credits them as author.
 */
export function namesFromByline(byline: string): string[] {
  const lines = byline.split(/\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  let firstLine = lines[0] ?? '';
  // "By" alone on its line: the name follows on the next one.
  if (/^(?:by|von|par|por)\s*:?$/i.test(firstLine)) firstLine = `${firstLine} ${lines[1] ?? ''}`;
  let text = firstLine.replace(/\s+/g, ' ').replace(/\(https?:[^)]*\)/g, '').replace(/https?:\S+/g, '').trim();
  // "(avec X et Y)": co-authors in brackets.
  text = text.replace(/\((?:avec|with|mit|con|com|and)\s+([^)]*)\)/gi, ', $1');
  text = text.replace(BYLINE_PREFIX, '').replace(/^by\s*$/i, '');
  // A date or time glued to the name ("Lucas Nolan22 Dec 2016") ends the names.
  text = text.replace(/\s*(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i, '').trim();
  text = text.replace(/\s*[|•·–—]\s.*$/, '').replace(/[.,;:]+$/, '').trim();
  if (!text) return [];
  const pieces = text
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bavec\b)\s*/i)
    .map((p) => (ROLE_ONLY.test(p.trim()) ? '' : p).replace(ROLE_SUFFIX, '').replace(/^(?:by|par|von|por)\s+/i, '').replace(/[.,;:]+$/, '').trim())
    .filter((p) => p.length > 0 && !ROLE_ONLY.test(p) && !CREDENTIAL.test(p));
  if (pieces.length > 0 && pieces.every((p) => looksLikePersonName(p))) return [...new Set(pieces.map(titleCaseIfShouting))];
  // Not a list of names (an organization, "Mac & i", a name in another script): keep the whole credit.
  return text.length <= 80 ? [titleCaseIfShouting(text)] : [];
}
