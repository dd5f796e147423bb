/** Escapes user text for use inside a MongoDB `$regex`, so it matches literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
