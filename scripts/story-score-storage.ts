/**
 * The UCI story score with MongoDB behind it: headlines are stored as articles and assigned by the same
 * assignStories the pipeline runs after each ingest (indexed candidate lookups, term counters, merges that
 * re-point articles), in TIMESTAMP order, a feed-sized batch at a time. Compared with the in-memory
 * StoryIndex score it shows what storage changes (batching, per-key limits applied by MongoDB).
 */
import { contentHash, stableId } from '../src/domain/ids.js';
import { assignStories } from '../src/ingest/story-assigner.js';
import type { ArticleDoc } from '../src/storage/documents.js';
import type { ArticleWrite } from '../src/storage/article-repository.js';
import type { Repositories } from '../src/storage/repositories.js';
import { clusterScores, type ClusterScores, type Headline } from './score-stories.js';

export async function scoreStoriesInStorage(repos: Repositories, headlines: readonly Headline[], batchSize = 20): Promise<ClusterScores> {
  const sequence = [...headlines].sort((a, b) => a.timestamp - b.timestamp || Number(a.id) - Number(b.id));
  for (let i = 0; i < sequence.length; i += batchSize) {
    const writes: ArticleWrite[] = sequence.slice(i, i + batchSize).map((h) => ({ doc: headlineDoc(h), expectedRevision: undefined, outcome: 'NEW', touchOnly: false }));
    await repos.articles.applyWrites(writes, 'score', new Date());
    await assignStories(repos, [], writes, new Date((sequence[i] as Headline).timestamp));
  }
  const ids = headlines.map((h) => stableId(`uci:${h.id}`));
  const docs = await repos.articles.findByIds(ids);
  return clusterScores(
    headlines.map((h) => h.story),
    docs.map((doc, i) => doc?.storyId ?? `missing:${ids[i]}`),
  );
}

function headlineDoc(h: Headline): ArticleDoc {
  return headlineArticleDoc(`uci:${h.id}`, h.title, stableId(`uci-publisher:${h.publisher}`), new Date(h.timestamp));
}

/** An article as a headline-only feed item gives it: title, time, one source; no body, people or topics. */
export function headlineArticleDoc(key: string, title: string, sourceId: string, at: Date): ArticleDoc {
  return {
    _id: stableId(key),
    keys: [key],
    title,
    publishedAt: at,
    authorIds: [],
    personIds: [],
    mentions: [],
    topicIds: [],
    sourceIds: [sourceId],
    sightings: [{ sourceId, firstSeenAt: at, lastSeenAt: at }],
    images: [],
    relatedLinks: [],
    contentHash: contentHash([title]),
    firstSeenAt: at,
    lastChangedAt: at,
    changeCount: 0,
    revision: 1,
    sortDate: at,
  };
}
