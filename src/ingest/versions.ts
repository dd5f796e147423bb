import type { ArticleDoc, ArticleVersionDoc } from '../storage/documents.js';

/**
 * Versions kept on an article document: the newest MAX_ARTICLE_VERSIONS changes. An array on the document
 * (not a collection) because the merge decision that detects a change already holds the document and
 * replaces it in the same write, so a version costs no extra command and can never be recorded for a
 * write that did not happen; old versions fall off so a live-blog updated every minute stays small.
 */
export const MAX_ARTICLE_VERSIONS = 50;

/** Content fields compared for a version, by the GraphQL field a client reads them from. */
const FIELDS: [string, (doc: ArticleDoc) => unknown][] = [
  ['url', (d) => d.url],
  ['title', (d) => d.title],
  ['summary', (d) => d.summary],
  ['bodyText', (d) => d.bodyText],
  ['bodyHtml', (d) => d.bodyHtml],
  ['publishedAt', (d) => d.publishedAt?.getTime()],
  ['updatedAt', (d) => d.updatedAt?.getTime()],
  ['language', (d) => d.language],
  ['authors', (d) => d.authorIds],
  ['people', (d) => d.mentions],
  ['topics', (d) => d.topicIds],
  ['images', (d) => d.images],
  ['related', (d) => d.relatedLinks],
];

/** Names of the fields whose content differs between two states of an article, in schema order. */
export function changedArticleFields(before: ArticleDoc, after: ArticleDoc): string[] {
  return FIELDS.filter(([, read]) => JSON.stringify(read(before)) !== JSON.stringify(read(after))).map(([name]) => name);
}

/**
 * The versions after one more change. Numbered by the article's change count, so the same update decided
 * twice (a retried ingest) is the same version, never a second one.
 */
export function withVersion(before: ArticleDoc, after: ArticleDoc, sourceId: string, now: Date): ArticleVersionDoc[] {
  const version: ArticleVersionDoc = { version: before.changeCount + 1, at: now, sourceId, changedFields: changedArticleFields(before, after) };
  return [...(before.versions ?? []).filter((v) => v.version < version.version), version].slice(-MAX_ARTICLE_VERSIONS);
}
