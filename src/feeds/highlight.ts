/** Words of a search query, lower-cased, without quotes or negations (`-word` excludes, it does not match). */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((t) => t.length > 1 && !t.startsWith('-')))];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML-escaped text with every word that starts with a query term wrapped in `<mark>`. */
export function highlight(text: string, terms: readonly string[]): string {
  if (terms.length === 0) return escapeHtml(text);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    out += `${escapeHtml(text.slice(last, start))}<mark>${escapeHtml(match[0])}</mark>`;
    last = start + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * The passage of about `length` characters with the most query-term hits (earliest wins ties), cut
 * at word boundaries, with ellipses where it was cut, highlighted.
 */
export function snippet(text: string, terms: readonly string[], length = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return highlight(clean, terms);
  const lower = clean.toLowerCase();
  const hits = terms.flatMap((term) => {
    const positions: number[] = [];
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) positions.push(at);
    return positions;
  }).sort((a, b) => a - b);
  let bestStart = 0;
  let bestCount = 0;
  for (const hit of hits) {
    const start = Math.max(0, hit - Math.floor(length / 4));
    const count = hits.filter((h) => h >= start && h < start + length).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  let start = bestStart;
  if (start > 0) start = clean.indexOf(' ', start) + 1 || start;
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) end = clean.lastIndexOf(' ', end) > start ? clean.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${highlight(clean.slice(start, end), terms)}${end < clean.length ? ' …' : ''}`;
}
