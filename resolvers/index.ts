import type { Resolvers } from '../src/generated/graphql.js';
import { Article } from './Article.js';
import { ArticleConnection, PersonConnection, SourceConnection, TopicConnection } from './Connection.js';
import { Node } from './Node.js';
import { Person } from './Person.js';
import { RelatedStory } from './RelatedStory.js';
import { DateTime } from './scalars.js';
import { Source } from './Source.js';
import { Topic } from './Topic.js';
import { addSource } from './Mutation/addSource.js';
import { ingest } from './Mutation/ingest.js';
import { article } from './Query/article.js';
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
  SourceConnection,
  RelatedStory,
  Query: { node, nodes, article, articles, person, people, topic, topics, sources },
  Mutation: { addSource, ingest },
};
