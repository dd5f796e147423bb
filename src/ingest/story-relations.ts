import { stableId } from '../domain/ids.js';
import type { ArticleDoc, ArticleSignatureDoc, RelationDoc } from '../storage/documents.js';
import type { Repositories } from '../storage/repositories.js';
import { urlKey } from './article-candidate.js';
import { canonicalizeUrl } from './merge/canonical-url.js';
import { relateArticles, relatedLookup, type RelatableArticle } from './merge/related.js';
import { entitySlug } from './merge/text-tokens.js';

/** Computed edges written per article, and kept per article after reverse edges arrive. */
export const RELATED_PER_ARTICLE = 10;
export const MAX_COMPUTED_EDGES = 20;
/** Candidates per lookup key: the newest members of a story, articles per entity key, per LSH band (the caps of their posting lists). */
export const RELATED_LIMITS = { perStory: 20, perEntity: 10, perBand: 8 } as const;

export interface AssignedArticle {
  doc: ArticleDoc;
  signature: ArticleSignatureDoc;
  entityNames: Record<string, string>;
}

/**
 * SAME_STORY, FOLLOW_UP, SHARED_ENTITIES and SIMILAR edges for newly assigned articles, in both
 * directions: relateArticles decides each direction on its own (an earlier article gets a FOLLOW_UP edge
 * to the later one; the later one usually a SHARED_ENTITIES edge back). Candidates come from relatedLookup
 * keys (same story, entity keys, LSH bands), read from capped posting lists in two commands for the whole
 * batch, so the cost does not grow with the collection. LINKED edges are the pipeline's (from the links in the text): a target the article
 * links to gets no second, computed edge. Edge ids are derived from the pair, so writing again changes
 * nothing; reverse edges are pruned to the best MAX_COMPUTED_EDGES per article.
 */
export async function relateStoredArticles(repos: Repositories, articles: readonly AssignedArticle[], now: Date): Promise<void> {
  if (articles.length === 0) return;
  const relatable = articles.map((a) => toRelatable({ ...a.doc, signature: a.signature }, a.entityNames));
  const lookups = relatable.map((a) => relatedLookup(a));
  const posted = await repos.stories.postings({
    members: lookups.flatMap((l) => (l.storyId ? [l.storyId] : [])),
    entity: lookups.flatMap((l) => l.entityKeys),
    band: lookups.flatMap((l) => l.bandKeys),
  });
  const own = new Set(relatable.map((a) => a.id));
  const newest = (lists: Map<string, { id: string }[]>, n: number) => [...lists.values()].flatMap((list) => list.slice(-n).map((e) => e.id));
  const wanted = [
    ...newest(posted.members, RELATED_LIMITS.perStory),
    ...newest(posted.entity, RELATED_LIMITS.perEntity),
    ...newest(posted.band, RELATED_LIMITS.perBand),
  ].filter((id) => !own.has(id));
  const found = await repos.stories.relatableByIds(wanted);
  const candidates = found.map((doc) => toRelatable(doc, Object.fromEntries((doc.mentions ?? []).map((m) => [`person:${entitySlug(m.name)}`, m.name]))));
  const byId = new Map<string, RelatableArticle & { url?: string }>(candidates.map((c) => [c.id, c]));
  for (const a of relatable) byId.set(a.id, a);

  const edges = new Map<string, RelationDoc>();
  const receivers = new Set<string>();
  relatable.forEach((article, i) => {
    const lookup = lookups[i];
    if (!lookup) return;
    const entity = new Set(lookup.entityKeys);
    const bands = new Set(lookup.bandKeys);
    const own = [...byId.values()].filter(
      (c) =>
        c.id !== article.id &&
        ((lookup.storyId !== undefined && c.storyId === lookup.storyId) ||
          c.signature.entityKeys.some((k) => entity.has(k)) ||
          c.signature.bandKeys.some((k) => bands.has(k))),
    );
    for (const edge of relateArticles(article, own, RELATED_PER_ARTICLE)) {
      const target = byId.get(edge.targetId);
      if (!target || edge.kind === 'LINKED') continue;
      put(edges, article.id, target, edge.kind, edge.score, edge.reason, now);
      const [back] = relateArticles(target, [article], 1);
      if (back && back.kind !== 'LINKED') {
        put(edges, target.id, article, back.kind, back.score, back.reason, now);
        receivers.add(target.id);
      }
    }
  });
  await repos.relations.upsertMany([...edges.values()]);
  await repos.relations.pruneComputed([...receivers], MAX_COMPUTED_EDGES);
}

function put(edges: Map<string, RelationDoc>, fromId: string, target: RelatableArticle & { url?: string }, kind: RelationDoc['kind'], score: number, reason: string, now: Date): void {
  // One computed edge per ordered pair, whatever its kind: recomputing replaces it, never adds one.
  const _id = stableId(`${fromId}:RELATED:${target.id}`);
  const previous = edges.get(_id);
  if (previous && previous.score >= score) return;
  edges.set(_id, { _id, fromId, toId: target.id, ...(target.url ? { toUrl: target.url } : {}), title: target.title, kind, score, reason, createdAt: now });
}

function toRelatable(doc: Pick<ArticleDoc, '_id' | 'title' | 'url' | 'keys' | 'sortDate' | 'storyId' | 'sourceIds' | 'relatedLinks'> & { signature: ArticleSignatureDoc; mentions?: { name: string }[] }, entityNames: Record<string, string>): RelatableArticle & { url?: string } {
  const linkedKeys = doc.relatedLinks.flatMap((link) => {
    const canonical = link.url ? canonicalizeUrl(link.url) : undefined;
    return canonical ? [urlKey(canonical)] : [];
  });
  return {
    id: doc._id,
    title: doc.title,
    ...(doc.url ? { url: doc.url } : {}),
    publishedAt: doc.sortDate,
    ...(doc.storyId ? { storyId: doc.storyId } : {}),
    signature: { ...doc.signature, storyKeys: [] },
    identityKeys: doc.keys,
    linkedKeys,
    entityNames,
  };
}

