import { GraphQLError } from 'graphql';
import { fromGlobalId, type NodeType } from '../src/domain/global-id.js';

export const MAX_PAGE_SIZE = 100;

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** `first` must be 1–100: an unbounded list is never served. */
export function pageSize(first: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`\`${argument}\` must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, argument);
  }
  return first;
}

/** Decodes a global id of the expected type; malformed ids and ids of another type are input errors. */
export function decodeId(globalId: string, type: NodeType, argument: string): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded) throw badInput(`\`${argument}\`: "${globalId.slice(0, 60)}" is not a valid id`, argument);
  if (decoded.type !== type) throw badInput(`\`${argument}\`: "${globalId.slice(0, 60)}" is the id of a ${decoded.type}, expected a ${type}`, argument);
  return decoded.id;
}

export function decodeIds(globalIds: readonly string[] | null | undefined, type: NodeType, argument: string): string[] | undefined {
  if (!globalIds) return undefined;
  if (globalIds.length > MAX_PAGE_SIZE) throw badInput(`\`${argument}\` accepts at most ${MAX_PAGE_SIZE} ids, got ${globalIds.length}`, argument);
  return globalIds.map((id) => decodeId(id, type, argument));
}

/** Exactly one of two lookup arguments, e.g. `article(id | url)`. */
export function exactlyOne<A, B>(a: A | null | undefined, b: B | null | undefined, names: [string, string]): { a: A } | { b: B } {
  const hasA = a !== null && a !== undefined;
  const hasB = b !== null && b !== undefined;
  if (hasA === hasB) throw badInput(`give exactly one of \`${names[0]}\` and \`${names[1]}\``, hasA ? names[1] : names[0]);
  return hasA ? { a } : { b: b as B };
}
