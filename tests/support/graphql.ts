import type { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import type { GraphContext } from '../../src/context.js';
import { DEFAULT_LIMITS } from '../../src/limits/index.js';
import { contextFor, createApollo } from '../../src/server.js';
import type { Services } from '../../src/services.js';
import type { Repositories } from '../../src/storage/repositories.js';

export interface GraphqlResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
}

/** The real Apollo server (same schema, resolvers, plugins), executed in-process against a real database. */
export async function graphqlClient(repos: Repositories, services: Services, production = false) {
  const apollo: ApolloServer<GraphContext> = createApollo({ production, log: pino({ level: 'silent' }), limits: DEFAULT_LIMITS });
  await apollo.start();
  return {
    apollo,
    /** Runs an operation as the API key named `caller` (null: anonymous). */
    async run(query: string, variables: Record<string, unknown> = {}, caller: string | null = 'test'): Promise<GraphqlResult> {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: contextFor({ repos, services }, caller ?? undefined, 'http://gateway.test') });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { ...(data !== undefined ? { data } : {}), ...(errors !== undefined ? { errors } : {}) } as GraphqlResult;
    },
    stop: () => apollo.stop(),
  };
}
