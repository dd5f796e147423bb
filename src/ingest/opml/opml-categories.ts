/**
 * Normalizes one category as OPML 2.0 writes it (`/Boston/Weather` is a path, `weather` a tag): leading,
 * trailing and doubled slashes dropped, each segment trimmed with inner whitespace collapsed.
 */
export function normalizeCategory(raw: string): string {
  return raw
    .split('/')
    .map((segment) => segment.replace(/\s+/g, ' ').trim())
    .filter((segment) => segment !== '')
    .join('/');
}

/** The `category` attribute: a comma-separated list of categories. */
export function parseCategoryList(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw.split(',').map(normalizeCategory).filter((c) => c !== '');
}

/**
 * Topic names for a source's OPML categories: every folder or path segment is a topic (`News/World` →
 * News, World), de-duplicated case-insensitively, first spelling kept.
 */
export function topicNamesFromCategories(categories: readonly string[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const category of categories) {
    for (const segment of normalizeCategory(category).split('/')) {
      const key = segment.toLowerCase();
      if (segment === '' || seen.has(key)) continue;
      seen.add(key);
      names.push(segment);
    }
  }
  return names;
}
