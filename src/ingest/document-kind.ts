export type DocumentKind = 'FEED' | 'PAGE' | 'TEXT';

const FEED_TYPES = /(rss|atom|rdf|feed\+json|\/xml|\+xml)/i;

/**
 * What a document is, from its media type and, when that is vague or missing, its first bytes:
 * feeds go to the feed parser, HTML to page extraction, anything else textual to text extraction.
 * A wrong guess is not fatal: the chosen stage reports a specific error.
 */
export function documentKind(head: string, contentType: string | undefined): DocumentKind {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'PAGE';
  if (type === 'application/feed+json' || (type !== 'text/plain' && FEED_TYPES.test(type))) return 'FEED';
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'PAGE';
  if (start.startsWith('<?xml') || /^<(rss|feed|rdf:rdf|channel)\b/.test(start)) return 'FEED';
  if (start.startsWith('{') && start.includes('jsonfeed')) return 'FEED';
  if (type === 'application/json' && start.startsWith('{')) return 'FEED';
  if (/^<[a-z!]/.test(start) && /<(head|body|div|p|article)\b/.test(start)) return 'PAGE';
  return 'TEXT';
}
