/** Case- and accent-folded form of a name, for lookups that must ignore both ("zelenskyy" finds "Zelenskyy"). */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** URL-safe slug of a topic name: `War in Ukraine` → `war-in-ukraine`; case and accents ignored. */
export function slugify(name: string): string {
  return foldName(name.replace(/&/g, ' and ')).replace(/\s+/g, '-');
}
