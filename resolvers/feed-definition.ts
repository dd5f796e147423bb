import { GraphQLError } from 'graphql';
import type { EntitySetInput, FeedDefinition as FeedDefinitionShape, FeedDefinitionInput } from '../src/generated/graphql.js';
import { EMPTY_SET, type EntitySet, type FeedDefinition, type DefinitionProblem } from '../src/domain/feed-definition.js';
import { fromGlobalId, toGlobalId, type NodeType } from '../src/domain/global-id.js';
import { badInput, decodeIds } from './args.js';

function entitySet(input: EntitySetInput | null | undefined, type: NodeType, field: string): EntitySet {
  if (!input) return EMPTY_SET;
  return {
    any: decodeIds(input.any, type, `${field}.any`) ?? [],
    all: decodeIds(input.all, type, `${field}.all`) ?? [],
    none: decodeIds(input.none, type, `${field}.none`) ?? [],
  };
}

/** GraphQL input → storage definition; malformed ids are input errors here, unknown ones are checked against the graph later. */
export function decodeDefinition(input: FeedDefinitionInput, argument = 'definition'): FeedDefinition {
  const weights = (input.weights ?? []).map((w, i) => {
    const decoded = fromGlobalId(w.id);
    if (!decoded || (decoded.type !== 'Topic' && decoded.type !== 'Person')) {
      throw badInput(`\`${argument}.weights[${i}].id\`: "${w.id.slice(0, 60)}" is not the id of a topic or person`, `${argument}.weights`);
    }
    return { kind: decoded.type, id: decoded.id, weight: w.weight };
  });
  return {
    topics: entitySet(input.topics, 'Topic', `${argument}.topics`),
    people: entitySet(input.people, 'Person', `${argument}.people`),
    sources: entitySet(input.sources, 'Source', `${argument}.sources`),
    stories: entitySet(input.stories, 'Story', `${argument}.stories`),
    ...(input.text !== null && input.text !== undefined ? { text: input.text } : {}),
    languages: input.languages ?? [],
    ...(input.window
      ? {
          window: {
            ...(input.window.after ? { after: input.window.after } : {}),
            ...(input.window.before ? { before: input.window.before } : {}),
            ...(input.window.lastHours !== null && input.window.lastHours !== undefined ? { lastHours: input.window.lastHours } : {}),
          },
        }
      : {}),
    ...(input.minSources !== null && input.minSources !== undefined ? { minSources: input.minSources } : {}),
    ranking: input.ranking ?? 'NEWEST',
    weights,
  };
}

/** Storage definition → GraphQL shape (global ids). */
export function encodeDefinition(definition: FeedDefinition): FeedDefinitionShape {
  const set = (s: EntitySet, type: NodeType) => ({ any: s.any.map((id) => toGlobalId(type, id)), all: s.all.map((id) => toGlobalId(type, id)), none: s.none.map((id) => toGlobalId(type, id)) });
  return {
    topics: set(definition.topics, 'Topic'),
    people: set(definition.people, 'Person'),
    sources: set(definition.sources, 'Source'),
    stories: set(definition.stories, 'Story'),
    text: definition.text ?? null,
    languages: definition.languages,
    window: definition.window ? { after: definition.window.after ?? null, before: definition.window.before ?? null, lastHours: definition.window.lastHours ?? null } : null,
    minSources: definition.minSources ?? null,
    ranking: definition.ranking,
    weights: definition.weights.map((w) => ({ id: toGlobalId(w.kind, w.id), weight: w.weight })),
  };
}

/** For queries (feedPreview): definition problems are thrown as one BAD_USER_INPUT error listing them all. */
export function throwProblems(problems: readonly DefinitionProblem[], argument = 'definition'): void {
  if (problems.length === 0) return;
  throw new GraphQLError(`invalid feed definition: ${problems.map((p) => p.message).join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, problems: problems.map((p) => ({ field: `${argument}.${p.field}`, message: p.message })) },
  });
}

/** For mutations: definition problems as typed UserErrors. */
export function problemErrors(problems: readonly DefinitionProblem[], argument = 'definition') {
  return problems.map((p) => ({ code: 'BAD_INPUT' as const, message: p.message, field: p.field === 'name' || p.field === 'id' ? p.field : `${argument}.${p.field}` }));
}
