/** Plain-text paragraphs as body HTML: one escaped `<p>` each (text documents, JSON-LD articleBody). */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`).join('\n');
}
