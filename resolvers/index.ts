import type { Resolvers } from '../src/generated/graphql.js';
import { Article } from './Article.js';
import { ArticleConnection, FeedConnection, SearchConnection, PersonConnection, QuoteConnection, SourceConnection, TopicConnection } from './Connection.js';
import { FacetCount } from './facets.js';
import { Feed } from './Feed.js';
import { Node } from './Node.js';
import { SearchHit } from './SearchHit.js';
import { TrendingPerson, TrendingTopic } from './Trending.js';
import { articleFacets } from './Query/articleFacets.js';
import { search } from './Query/search.js';
import { searchPeople } from './Query/searchPeople.js';
import { searchTopics } from './Query/searchTopics.js';
import { trendingPeople } from './Query/trendingPeople.js';
import { trendingTopics } from './Query/trendingTopics.js';
import { Person } from './Person.js';
import { PersonMention } from './PersonMention.js';
import { Quote } from './Quote.js';
import { Speaker } from './Speaker.js';
import { Subscription } from './Subscription.js';
import { RelatedStory } from './RelatedStory.js';
import { DateTime } from './scalars.js';
import { Source } from './Source.js';
import { SourceHealth } from './SourceHealth.js';
import { discoverFeeds } from './Query/discoverFeeds.js';
import { exportOpml } from './Query/exportOpml.js';
import { importOpml } from './Mutation/importOpml.js';
import { refreshSource } from './Mutation/refreshSource.js';
import { removeSource } from './Mutation/removeSource.js';
import { resumeSource } from './Mutation/resumeSource.js';
import { Topic } from './Topic.js';
import { ArticleVersion, Story, StoryConnection } from './Story.js';
import { stories } from './Query/stories.js';
import { story } from './Query/story.js';
import { addSource } from './Mutation/addSource.js';
import { ingest } from './Mutation/ingest.js';
import { addPersonAlias } from './Mutation/addPersonAlias.js';
import { mergePeople } from './Mutation/mergePeople.js';
import { mergeTopics } from './Mutation/mergeTopics.js';
import { setPersonHidden } from './Mutation/setPersonHidden.js';
import { setTopicHidden } from './Mutation/setTopicHidden.js';
import { splitPerson } from './Mutation/splitPerson.js';
import { article } from './Query/article.js';
import { feed } from './Query/feed.js';
import { feedPreview } from './Query/feedPreview.js';
import { myFeeds } from './Query/myFeeds.js';
import { createFeed } from './Mutation/createFeed.js';
import { deleteFeed } from './Mutation/deleteFeed.js';
import { updateFeed } from './Mutation/updateFeed.js';
import { articles } from './Query/articles.js';
import { node } from './Query/node.js';
import { nodes } from './Query/nodes.js';
import { people } from './Query/people.js';
import { person } from './Query/person.js';
import { sources } from './Query/sources.js';
import { topic } from './Query/topic.js';
import { topics } from './Query/topics.js';

export const resolvers: Resolvers = {
  DateTime,
  Node,
  Article,
  ArticleConnection,
  Person,
  PersonConnection,
  Topic,
  TopicConnection,
  Source,
  SourceHealth,
  SourceConnection,
  RelatedStory,
  Story,
  StoryConnection,
  ArticleVersion,
  Quote,
  QuoteConnection,
  Speaker,
  PersonMention,
  Feed,
  FeedConnection,
  FacetCount,
  SearchHit,
  SearchConnection,
  TrendingTopic,
  TrendingPerson,
  Query: { exportOpml, discoverFeeds, node, nodes, article, articles, person, people, topic, topics, sources, story, stories, feed, myFeeds, feedPreview, trendingTopics, trendingPeople, articleFacets, search, searchPeople, searchTopics },
  Subscription,
  Mutation: { addSource, ingest, importOpml, refreshSource, resumeSource, removeSource, addPersonAlias, mergePeople, splitPerson, setPersonHidden, mergeTopics, setTopicHidden, createFeed, updateFeed, deleteFeed },
};
