import { contentHash, stableId } from '../domain/ids.js';
import type { ArticleDoc, SightingDoc } from '../storage/documents.js';
import type { ArticleWrite } from '../storage/article-repository.js';
import type { ResolvedCandidate } from './article-candidate.js';
import { withVersion } from './versions.js';

/**
 * Decides what storing a candidate means, given the stored article it matches (by any identity key).
 * Pure: same inputs, same write. Rules that keep re-ingestion idempotent when several sources carry
 * one article: the source that first reported it owns the text fields (title, summary, dates); other
 * sources only fill blanks, except that a longer body wins (a full page beats a feed summary); the
 * people mentioned follow the kept body; other list fields (authors, topics, images, links) are unions
 * in first-seen order. A change of the merged content (by hash) makes the write an update and counts a
 * change. Every write but a bare re-sighting carries the revision it was decided on, so storage can
 * refuse it when another ingest wrote the article meanwhile (and the pipeline decides again).
 */
export function mergeArticle(existing: ArticleDoc | undefined, incoming: ResolvedCandidate, sourceId: string, now: Date): ArticleWrite {
  if (!existing) {
    const doc = withHash({
      _id: stableId(`article:${incoming.keys[0] ?? incoming.title}`),
      keys: [...new Set(incoming.keys)],
      ...optional({
        url: incoming.url,
        summary: incoming.summary,
        bodyText: incoming.bodyText,
        bodyHtml: incoming.bodyHtml,
        publishedAt: incoming.publishedAt,
        updatedAt: incoming.updatedAt,
        language: incoming.language,
      }),
      title: incoming.title,
      authorIds: unique(incoming.authorIds),
      personIds: unique(incoming.mentions.map((m) => m.personId)),
      mentions: incoming.mentions,
      topicIds: unique(incoming.topicIds),
      sourceIds: [sourceId],
      sightings: [sighting(sourceId, incoming, now)],
      images: incoming.images,
      relatedLinks: incoming.relatedLinks,
      contentHash: '',
      revision: 1,
      firstSeenAt: now,
      lastChangedAt: now,
      changeCount: 0,
      sortDate: incoming.publishedAt ?? now,
    });
    return { doc, expectedRevision: undefined, outcome: 'NEW', touchOnly: false };
  }

  const owner = existing.sourceIds[0] === sourceId;
  const pick = <T>(current: T | undefined, next: T | undefined): T | undefined =>
    next === undefined ? current : owner || current === undefined ? next : current;
  const longerBody = (incoming.bodyText?.length ?? 0) > (existing.bodyText?.length ?? 0);
  const takeBody = incoming.bodyText !== undefined && (owner || longerBody || existing.bodyText === undefined);

  // Mentions describe a text: they follow the body the article keeps.
  const mentions = incoming.mentions.length > 0 && (owner || takeBody || existing.mentions.length === 0) ? incoming.mentions : existing.mentions;
  const merged: ArticleDoc = withHash({
    ...existing,
    keys: unique([...existing.keys, ...incoming.keys]),
    title: pick(existing.title, incoming.title) ?? existing.title,
    ...optional({
      url: existing.url ?? incoming.url,
      summary: pick(existing.summary, incoming.summary),
      bodyText: takeBody ? incoming.bodyText : existing.bodyText,
      bodyHtml: takeBody ? incoming.bodyHtml : existing.bodyHtml,
      publishedAt: pick(existing.publishedAt, incoming.publishedAt),
      updatedAt: pick(existing.updatedAt, incoming.updatedAt),
      language: pick(existing.language, incoming.language),
    }),
    authorIds: unique([...existing.authorIds, ...incoming.authorIds]),
    personIds: unique(mentions.map((m) => m.personId)),
    mentions,
    topicIds: unique([...existing.topicIds, ...incoming.topicIds]),
    sourceIds: unique([...existing.sourceIds, sourceId]),
    sightings: mergeSightings(existing.sightings, sighting(sourceId, incoming, now)),
    images: uniqueBy([...existing.images, ...incoming.images], (image) => image.url ?? image.caption ?? ''),
    relatedLinks: uniqueBy([...existing.relatedLinks, ...incoming.relatedLinks], (link) => link.url ?? link.title),
  });
  merged.sortDate = merged.publishedAt ?? existing.firstSeenAt;
  merged.revision = existing.revision + 1;

  if (merged.contentHash === existing.contentHash) {
    // Same content: a re-sighting. If it brings no new key, source or sighting, only lastSeenAt moves.
    const touchOnly =
      merged.keys.length === existing.keys.length && merged.sourceIds.length === existing.sourceIds.length && merged.sightings.length === existing.sightings.length;
    return {
      doc: { ...merged, lastChangedAt: existing.lastChangedAt, changeCount: existing.changeCount, ...(touchOnly ? { revision: existing.revision } : {}) },
      expectedRevision: existing.revision,
      outcome: 'UNCHANGED',
      touchOnly,
    };
  }
  return {
    // Which fields changed, when and from which source: Article.versions.
    doc: { ...merged, lastChangedAt: now, changeCount: existing.changeCount + 1, versions: withVersion(existing, merged, sourceId, now) },
    expectedRevision: existing.revision,
    outcome: 'UPDATED',
    touchOnly: false,
  };
}

function withHash(doc: ArticleDoc): ArticleDoc {
  doc.contentHash = articleContentHash(doc);
  return doc;
}

/** Hash of everything a client sees of an article; a change of it is a new version. */
export function articleContentHash(doc: Omit<ArticleDoc, 'contentHash'>): string {
  return contentHash([
    doc.url,
    doc.title,
    doc.summary,
    doc.bodyText,
    doc.bodyHtml,
    doc.publishedAt?.toISOString(),
    doc.updatedAt?.toISOString(),
    doc.language,
    doc.authorIds.join(','),
    JSON.stringify(doc.mentions),
    doc.topicIds.join(','),
    JSON.stringify(doc.images),
    JSON.stringify(doc.relatedLinks),
  ]);
}

function sighting(sourceId: string, candidate: ResolvedCandidate, now: Date): SightingDoc {
  return { sourceId, ...optional({ url: candidate.sighting.url, guid: candidate.sighting.guid }), firstSeenAt: now, lastSeenAt: now };
}

function mergeSightings(existing: SightingDoc[], next: SightingDoc): SightingDoc[] {
  const index = existing.findIndex((s) => s.sourceId === next.sourceId && s.guid === next.guid && s.url === next.url);
  if (index < 0) return [...existing, next];
  return existing.map((s, i) => (i === index ? { ...s, lastSeenAt: next.lastSeenAt } : s));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Drops undefined values so documents never store explicit undefined (BSON would keep them as null). */
function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
