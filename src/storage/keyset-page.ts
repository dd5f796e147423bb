import { InputError } from '../domain/input-error.js';
import type { Collection, Document, Filter, Sort } from 'mongodb';

/** A page read from a collection in a stable order. */
export interface Page<T> {
  items: { cursor: string; doc: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface KeysetOrder {
  /** Sort field; `_id` is always the tie-breaker. */
  field: string;
  direction: 1 | -1;
}

export class InvalidCursorError extends InputError {
  constructor(cursor: string) {
    super(`invalid cursor "${cursor.slice(0, 40)}": pass a cursor returned by this connection`, 'after');
    this.name = 'InvalidCursorError';
  }
}

type CursorValue = string | number | null | { $date: number };

/** Cursor = base64url JSON of [sort value, _id]; dates keep their type. */
export function encodeCursor(value: unknown, id: string): string {
  const v: CursorValue = value instanceof Date ? { $date: value.getTime() } : (value as CursorValue) ?? null;
  return Buffer.from(JSON.stringify([v, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { value: unknown; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== 'string') throw new Error('shape');
    const raw = parsed[0] as CursorValue;
    const value = raw !== null && typeof raw === 'object' && typeof raw.$date === 'number' ? new Date(raw.$date) : raw;
    return { value, id: parsed[1] };
  } catch {
    throw new InvalidCursorError(cursor);
  }
}

/**
 * Keyset pagination: one `find` with limit first+1, whatever the page number (no skip), stable
 * because `_id` breaks ties. Documents missing the sort field must not be in the filter's result
 * (the callers sort on fields every document has).
 */
export async function findPage<T extends Document & { _id: string }>(
  collection: Collection<T>,
  filter: Filter<T>,
  order: KeysetOrder,
  first: number,
  after: string | null | undefined,
): Promise<Page<T>> {
  const { field, direction } = order;
  const op = direction === 1 ? '$gt' : '$lt';
  let query: Filter<T> = filter;
  if (after) {
    const { value, id } = decodeCursor(after);
    const keyset =
      field === '_id'
        ? { _id: { [op]: id } }
        : { $or: [{ [field]: { [op]: value } }, { [field]: value, _id: { [op]: id } }] };
    query = { $and: [filter, keyset] } as Filter<T>;
  }
  const sort: Sort = field === '_id' ? { _id: direction } : { [field]: direction, _id: direction };
  const docs = (await collection
    .find(query, { sort, limit: first + 1, batchSize: first + 1 })
    .toArray()) as T[];
  const hasNextPage = docs.length > first;
  const pageDocs = hasNextPage ? docs.slice(0, first) : docs;
  return {
    items: pageDocs.map((doc) => ({ cursor: encodeCursor(field === '_id' ? doc._id : (doc as Document)[field], doc._id), doc })),
    hasNextPage,
    hasPreviousPage: Boolean(after),
  };
}

/** Reads documents by id in one command, returned in key order with null for misses (the DataLoader contract). */
export async function findByIdsInOrder<T extends Document & { _id: string }>(
  collection: Collection<T>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  const unique = [...new Set(ids)];
  const docs = (await collection
    .find({ _id: { $in: unique } } as Filter<T>, { batchSize: Math.max(unique.length, 1) })
    .toArray()) as T[];
  const byId = new Map(docs.map((doc) => [doc._id, doc]));
  return ids.map((id) => byId.get(id) ?? null);
}
