import { MongoBulkWriteError, MongoServerError, type AnyBulkWriteOperation, type Collection, type Document } from 'mongodb';

const DUPLICATE_KEY = 11000;
/** The engine under some MongoDB-compatible servers reports lock cycles between concurrent batches. */
const isDeadlock = (message: string | undefined) => /deadlock/i.test(message ?? '');
const ATTEMPTS = 3;

/**
 * Two writers upserting the same new document both try to insert it; the loser gets a duplicate-key
 * error (E11000) on servers that do not retry that themselves (mongod retries some such upserts, the
 * DocumentDB engine does not). Run again, the upsert finds the document and becomes an update, so these
 * helpers retry exactly the operations that lost such a race (or were picked as a deadlock victim
 * between two concurrent batches). Any other error is thrown as it is.
 */
export async function bulkUpsert<T extends Document>(collection: Collection<T>, ops: readonly AnyBulkWriteOperation<T>[]): Promise<void> {
  let pending = [...ops];
  for (let attempt = 1; pending.length > 0; attempt++) {
    try {
      await collection.bulkWrite(pending, { ordered: false });
      return;
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError) || attempt >= ATTEMPTS) throw error;
      const failures = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      if (failures.length === 0 || failures.some((failure) => failure.code !== DUPLICATE_KEY && !isDeadlock(failure.errmsg))) throw error;
      pending = failures.map((failure) => pending[failure.index]).filter((op): op is AnyBulkWriteOperation<T> => op !== undefined);
    }
  }
}

/** The same for a single upsert command. */
export async function upsertRetrying<R>(write: () => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof MongoServerError) || (error.code !== DUPLICATE_KEY && !isDeadlock(error.message)) || attempt >= ATTEMPTS) throw error;
    }
  }
}
