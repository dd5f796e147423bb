import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphContext } from './context.js';

/** Mutations change the shared graph, so they need an API key; reads are open. */
export function requireKeyForMutations(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation' && !contextValue.caller) {
            throw new GraphQLError('mutations require an API key: send it as `Authorization: Bearer <key>` or `X-API-Key: <key>`', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}
