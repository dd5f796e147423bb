import { windowBounds, type FeedDefinition } from '../domain/feed-definition.js';
import type { ArticleQuery } from '../storage/article-repository.js';

/** A feed definition as a storage query, rolling windows resolved at `now`. */
export function definitionQuery(definition: FeedDefinition, now: Date): ArticleQuery {
  const { after, before } = windowBounds(definition.window, now);
  const query: ArticleQuery = {};
  const set = <K extends keyof ArticleQuery>(key: K, value: ArticleQuery[K] | undefined) => {
    if (value !== undefined && (!Array.isArray(value) || value.length > 0)) query[key] = value;
  };
  set('topicIds', definition.topics.any);
  set('topicIdsAll', definition.topics.all);
  set('topicIdsNone', definition.topics.none);
  set('personIds', definition.people.any);
  set('personIdsAll', definition.people.all);
  set('personIdsNone', definition.people.none);
  set('sourceIds', definition.sources.any);
  set('sourceIdsAll', definition.sources.all);
  set('sourceIdsNone', definition.sources.none);
  set('storyIds', [...definition.stories.any, ...definition.stories.all]);
  set('storyIdsNone', definition.stories.none);
  set('text', definition.text);
  set('languages', definition.languages);
  set('minSources', definition.minSources);
  set('publishedAfter', after);
  set('publishedBefore', before);
  return query;
}
