import { fromGlobalId } from '../src/domain/global-id.js';
import type { Loaders } from '../src/loaders.js';
import type { ArticleDoc, FeedDoc, PersonDoc, QuoteDoc, SourceDoc, TopicDoc } from '../src/storage/documents.js';
import { badInput } from './args.js';
import type { StoryDoc } from '../src/storage/documents.js';
import { loadStory } from './Story.js';

export type NodeModel =
  | (ArticleDoc & { __typename: 'Article' })
  | (PersonDoc & { __typename: 'Person' })
  | (TopicDoc & { __typename: 'Topic' })
  | (SourceDoc & { __typename: 'Source' })
  | (StoryDoc & { __typename: 'Story' })
  | (QuoteDoc & { __typename: 'Quote' })
  | (FeedDoc & { __typename: 'Feed' });

/** Any node by global id through the request's loaders; unknown ids are null, malformed ids an input error. */
export async function loadNode(loaders: Loaders, globalId: string): Promise<NodeModel | null> {
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw badInput(`"${globalId.slice(0, 60)}" is not a valid id`, 'id');
  switch (decoded.type) {
    case 'Article': {
      const doc = await loaders.articleById.load(decoded.id);
      return doc && { ...doc, __typename: 'Article' };
    }
    case 'Person': {
      const doc = await loaders.personById.load(decoded.id);
      return doc && { ...doc, __typename: 'Person' };
    }
    case 'Topic': {
      const doc = await loaders.topicById.load(decoded.id);
      return doc && { ...doc, __typename: 'Topic' };
    }
    case 'Source': {
      const doc = await loaders.sourceById.load(decoded.id);
      return doc && { ...doc, __typename: 'Source' };
    }
    case 'Feed': {
      const doc = await loaders.feedById.load(decoded.id);
      return doc && { ...doc, __typename: 'Feed' };
    }
    case 'Story': {
      const doc = await loadStory(loaders, decoded.id);
      return doc && { ...doc, __typename: 'Story' };
    }
    case 'Quote': {
      const doc = await loaders.quoteById.load(decoded.id);
      return doc && { ...doc, __typename: 'Quote' };
    }
  }
}
