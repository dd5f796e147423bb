import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphContext } from './context.js';
import { analyzeOperation, limitViolations, type QueryLimits } from './limits/index.js';

/**
 * Refuses operations that are too deep, too aliased or too costly before anything runs, saying
 * which limit and why; reports every accepted operation's cost in `extensions.cost`, so clients can
 * see how close they are.
 */
export function queryLimits(limits: QueryLimits): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      let measured: { cost: number; depth: number; aliases: number } | undefined;
      return {
        async didResolveOperation({ schema, document, request }) {
          const analysis = analyzeOperation(schema, document, request.operationName ?? undefined, request.variables ?? {});
          measured = { cost: analysis.cost, depth: analysis.depth, aliases: analysis.aliases };
          const violations = limitViolations(analysis, limits);
          if (violations.length > 0) {
            throw new GraphQLError(`operation refused: ${violations.join('; ')}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', ...measured, limits, http: { status: 400 } },
            });
          }
        },
        async willSendResponse({ response }) {
          if (measured && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost: { ...measured, maxCost: limits.maxCost, maxDepth: limits.maxDepth, maxAliases: limits.maxAliases },
            };
          }
        },
      };
    },
  };
}
