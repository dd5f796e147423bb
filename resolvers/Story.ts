import type { ArticleVersionResolvers, StoryConnectionResolvers, StoryResolvers } from '../src/generated/graphql.js';
import { toGlobalId } from '../src/domain/global-id.js';
import { loadExisting, type Loaders } from '../src/loaders.js';
import type { StoryDoc } from '../src/storage/documents.js';
import { pageSize } from './args.js';

/** Merge chains are short (a merged story is never a candidate again); this only guards a corrupt cycle. */
const MAX_MERGE_HOPS = 8;

/** A story by id; a merged story resolves to the one it was merged into. */
export async function loadStory(loaders: Loaders, id: string): Promise<StoryDoc | null> {
  let doc = await loaders.storyById.load(id);
  for (let hop = 0; doc?.mergedInto && hop < MAX_MERGE_HOPS; hop++) doc = await loaders.storyById.load(doc.mergedInto);
  return doc;
}

const visible = <T extends { hidden?: boolean }>(docs: T[]): T[] => docs.filter((doc) => !doc.hidden);

export const Story: StoryResolvers = {
  id: (doc) => toGlobalId('Story', doc._id),
  articleCount: (doc) => doc.size,
  articles: (doc, { first, after }, { loaders, services }) => services.reader.articles(loaders, { storyId: doc._id }, 'PUBLISHED_AT_DESC', pageSize(first), after),
  sources: (doc, _args, { loaders }) => loadExisting(loaders.sourceById, doc.sourceIds),
  people: async (doc, { first }, { loaders }) => visible(await loadExisting(loaders.personById, doc.personIds)).slice(0, pageSize(first)),
  topics: async (doc, { first }, { loaders }) => visible(await loadExisting(loaders.topicById, doc.topicIds)).slice(0, pageSize(first)),
};

export const StoryConnection: StoryConnectionResolvers = {
  nodes: (connection) => connection.edges.map((edge) => edge.node),
  totalCount: (connection) => connection.totalCount(),
};

export const ArticleVersion: ArticleVersionResolvers = {
  source: (version, _args, { loaders }) => loaders.sourceById.load(version.sourceId),
};
