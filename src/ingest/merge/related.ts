import type { StorySignature } from './story-signature.js';
import { contentTokens } from './text-tokens.js';

export type RelationKind = 'SAME_STORY' | 'LINKED' | 'FOLLOW_UP' | 'SHARED_ENTITIES' | 'SIMILAR';

/** What relating needs of an article; all of it is stored with the article, none of it needs the body. */
export interface RelatableArticle {
  id: string;
  title: string;
  publishedAt: Date;
  storyId?: string;
  source?: string;
  signature: StorySignature;
  /** The article's own identity keys (`url:…`, see articleIdentity). */
  identityKeys?: string[];
  /** Identity keys of the URLs it links to in its body ("Read more"): LINKED candidates. */
  linkedKeys?: string[];
  /** Entity keys (`person:…`) of the people it quotes. */
  quotedKeys?: string[];
  /** Display names for entity keys ("person:dmitry-medvedev" → "Dmitry Medvedev"). */
  entityNames?: Record<string, string>;
}

export interface RelatedEdge {
  targetId: string;
  kind: RelationKind;
  /**
   * 0..1, comparable across kinds; edges are ranked by it. Bands: LINKED 0.95 (an editor chose it),
   * SAME_STORY 0.7–0.9, FOLLOW_UP 0.5–0.75, SHARED_ENTITIES 0.3–0.8, SIMILAR up to 0.5.
   */
  score: number;
  /** A sentence a reader understands: why the two are related. */
  reason: string;
}

/** Keys the storage layer looks candidates up by (each an indexed query with a limit); never a scan. */
export interface RelatedLookup {
  storyId?: string;
  entityKeys: string[];
  bandKeys: string[];
  /** Articles whose identityKeys contain one of these are LINKED. */
  linkedKeys: string[];
}

export function relatedLookup(article: RelatableArticle): RelatedLookup {
  return {
    ...(article.storyId ? { storyId: article.storyId } : {}),
    entityKeys: article.signature.entityKeys,
    bandKeys: article.signature.bandKeys,
    linkedKeys: article.linkedKeys ?? [],
  };
}

const HOUR_MS = 3600_000;
/** A follow-up comes at least this long after the article (the same news cycle is SAME_STORY or SIMILAR)... */
const FOLLOW_UP_MIN_GAP_MS = 6 * HOUR_MS;
/** ...and at most this long: beyond, shared names are background, not a development. */
const FOLLOW_UP_MAX_GAP_MS = 60 * 24 * HOUR_MS;
/** Below this token overlap two articles are not "similar". */
const SIMILAR_MIN = 0.25;
/** Tie order when scores are equal: the more specific relation first. */
const KIND_ORDER: Record<RelationKind, number> = { LINKED: 0, SAME_STORY: 1, FOLLOW_UP: 2, SHARED_ENTITIES: 3, SIMILAR: 4 };

function entityName(key: string, ...articles: RelatableArticle[]): string {
  for (const a of articles) {
    const name = a.entityNames?.[key];
    if (name) return name;
  }
  const slug = key.slice(key.indexOf(':') + 1);
  return slug
    .split('-')
    .map((w) => (w ? w[0]?.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

function listPhrase(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function intersect(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return a.filter((x) => set.has(x));
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const shared = intersect(a, b).length;
  return shared / (new Set([...a, ...b]).size || 1);
}

/**
 * The shared title words as the article wrote them, in its order, minus the names already said:
 * " on Kremlin drone attack". Tokens are folded and stemmed, so the words come from the title itself.
 */
function topicPhrase(title: string, sharedTokens: readonly string[], namedKeys: readonly string[]): string {
  const shared = new Set(sharedTokens);
  const named = new Set(namedKeys.flatMap((k) => contentTokens(k.slice(k.indexOf(':') + 1).replace(/-/g, ' '))));
  const used = new Set<string>();
  const words: string[] = [];
  for (const word of title.split(/\s+/)) {
    const token = contentTokens(word)[0];
    if (!token || !shared.has(token) || named.has(token) || used.has(token)) continue;
    used.add(token);
    words.push(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    if (words.length === 4) break;
  }
  return words.length ? ` on ${words.join(' ')}` : '';
}

function relate(article: RelatableArticle, c: RelatableArticle): RelatedEdge | undefined {
  const titleTokens = article.signature.tokens.slice(0, article.signature.titleTokenCount);
  const sharedTokens = intersect(titleTokens, c.signature.tokens);
  const similarity = jaccard(article.signature.tokens, c.signature.tokens);
  const sharedEntities = intersect(article.signature.entityKeys, c.signature.entityKeys);
  const entityOverlap = jaccard(article.signature.entityKeys, c.signature.entityKeys);
  const sharedQuoted = intersect(article.quotedKeys ?? [], c.quotedKeys ?? []);
  const sharedPeople = sharedEntities.filter((k) => k.startsWith('person:'));
  const names = (keys: string[]): string => listPhrase(keys.slice(0, 3).map((k) => entityName(k, article, c)));
  const named = sharedQuoted.length ? sharedQuoted : sharedEntities;
  const topic = topicPhrase(article.title, sharedTokens, named);
  const about = sharedQuoted.length
    ? `both quote ${names(sharedQuoted)}${topic}`
    : sharedEntities.length
      ? `both mention ${names(sharedEntities)}${topic}`
      : topic
        ? `both report${topic}`
        : '';

  if (article.linkedKeys?.length && c.identityKeys?.some((k) => article.linkedKeys?.includes(k))) {
    return { targetId: c.id, kind: 'LINKED', score: 0.95, reason: `this article links to "${c.title}"` };
  }
  if (article.storyId && c.storyId === article.storyId) {
    const source = c.source ? ` from ${c.source}` : '';
    return { targetId: c.id, kind: 'SAME_STORY', score: 0.7 + 0.2 * Math.max(similarity, entityOverlap), reason: `same story${source}${about ? `: ${about}` : ''}` };
  }
  const gap = c.publishedAt.getTime() - article.publishedAt.getTime();
  if (sharedPeople.length && gap >= FOLLOW_UP_MIN_GAP_MS && gap <= FOLLOW_UP_MAX_GAP_MS && (sharedEntities.length >= 2 || sharedTokens.length >= 2)) {
    const days = Math.max(1, Math.round(gap / (24 * HOUR_MS)));
    return {
      targetId: c.id,
      kind: 'FOLLOW_UP',
      score: 0.5 + 0.25 * Math.max(entityOverlap, similarity),
      reason: `later by ${days} day${days === 1 ? '' : 's'}: ${about}`,
    };
  }
  if (sharedQuoted.length || sharedEntities.length >= 2 || (sharedPeople.length && sharedTokens.length)) {
    return { targetId: c.id, kind: 'SHARED_ENTITIES', score: 0.3 + 0.5 * Math.max(entityOverlap, sharedQuoted.length ? 0.5 : 0), reason: about };
  }
  if (similarity >= SIMILAR_MIN && sharedTokens.length >= 2) {
    return { targetId: c.id, kind: 'SIMILAR', score: 0.5 * similarity, reason: `similar headline: ${about}` };
  }
  return undefined;
}

/**
 * Ranks RelatedStory edges from one article to candidates the storage layer found by relatedLookup keys
 * (same story, shared entity keys, shared LSH bands, linked URLs), each candidate fetched with a limit,
 * so the work is bounded by the candidates, never the collection. One edge per target (its strongest
 * relation); targets that are copies of one another (same title words from another outlet) appear once,
 * since listing the same wire story five times helps nobody.
 */
export function relateArticles(article: RelatableArticle, candidates: readonly RelatableArticle[], limit: number): RelatedEdge[] {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError(`relateArticles: limit must be an integer from 1 to 100, got ${limit}`);
  const best = new Map<string, { edge: RelatedEdge; copyKey: string }>();
  for (const c of candidates) {
    if (c.id === article.id) continue;
    const edge = relate(article, c);
    if (!edge) continue;
    edge.score = Math.round(edge.score * 1000) / 1000;
    const previous = best.get(c.id);
    if (!previous || edge.score > previous.edge.score) best.set(c.id, { edge, copyKey: [...c.signature.tokens].sort().join(' ') });
  }
  const ranked = [...best.values()].sort(
    (a, b) => b.edge.score - a.edge.score || KIND_ORDER[a.edge.kind] - KIND_ORDER[b.edge.kind] || (a.edge.targetId < b.edge.targetId ? -1 : 1),
  );
  const seenCopies = new Set<string>();
  const out: RelatedEdge[] = [];
  for (const { edge, copyKey } of ranked) {
    if (copyKey && edge.kind !== 'LINKED') {
      if (seenCopies.has(copyKey)) continue;
      seenCopies.add(copyKey);
    }
    out.push(edge);
    if (out.length >= limit) break;
  }
  return out;
}
