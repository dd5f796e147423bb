const ASCII_PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

/** Lower-case, strip diacritics (NFKD + combining marks), unify apostrophes and dashes. */
export function foldText(text: string): string {
  // Fast path: plain ASCII without backticks only needs lower-casing.
  if (ASCII_PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
