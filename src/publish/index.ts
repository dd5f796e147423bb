/** Feed publishing: one small model (PublishedFeed) written as RSS 2.0, Atom 1.0 and JSON Feed 1.1, plus conditional GET. */
export type { PublishedFeed, PublishedItem } from './published-feed.js';
export { toRss } from './to-rss.js';
export { toAtom, atomEntryId } from './to-atom.js';
export { toJsonFeed } from './to-json-feed.js';
export { feedEtag, httpDate, isNotModified, parseHttpDate, type ConditionalHeaders } from './conditional-get.js';
