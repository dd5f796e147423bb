import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#GraphContext',
        scalars: { DateTime: 'Date' },
        mappers: {
          Article: '../storage/documents.js#ArticleDoc',
          Person: '../storage/documents.js#PersonDoc',
          Topic: '../storage/documents.js#TopicDoc',
          Source: '../storage/documents.js#SourceDoc',
          FetchOutcome: '../storage/documents.js#FetchOutcomeDoc',
          ArticleImage: '../storage/documents.js#ImageDoc',
          RelatedStory: '../storage/documents.js#RelationDoc',
          Story: '../storage/documents.js#StoryDoc',
          StoryConnection: '../connection.js#ConnectionModel<StoryDoc>',
          ArticleVersion: '../storage/documents.js#ArticleVersionDoc',
          Quote: '../storage/documents.js#QuoteDoc',
          SourceHeadline: '../storage/documents.js#LinkDoc',
          SourceHealth: '../storage/documents.js#SourceDoc',
          SourceWebSub: '../storage/documents.js#WebSubDoc',
          Feed: '../storage/documents.js#FeedDoc',
          FeedUpdate: '../live/feed-updates.js#FeedUpdateModel',
          FeedConnection: '../connection.js#FeedConnectionModel',
          ArticleFacets: '../connection.js#FacetsModel',
          FacetCount: '../connection.js#FacetModel',
          SearchHit: '../connection.js#SearchHitModel',
          SearchConnection: '../connection.js#SearchConnectionModel',
          TrendingTopic: '../connection.js#TrendModel<TopicDoc>',
          TrendingPerson: '../connection.js#TrendModel<PersonDoc>',
          PersonMention: '../storage/documents.js#MentionDoc',
          PersonRoleMention: '../connection.js#PersonRoleModel',
          QuoteConnection: '../connection.js#QuoteConnectionModel',
          ArticleConnection: '../connection.js#ArticleConnectionModel',
          PersonConnection: '../connection.js#PersonConnectionModel',
          TopicConnection: '../connection.js#TopicConnectionModel',
          SourceConnection: '../connection.js#SourceConnectionModel',
        },
        avoidOptionals: false,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
