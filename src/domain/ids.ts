import { createHash } from 'node:crypto';

/**
 * A stable document id from an identity key (canonical URL, slug, person key). Deterministic, so an
 * upsert keyed on it is idempotent across processes without a lookup first.
 */
export function stableId(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}

/** A short content fingerprint; equal for equal inputs. */
export function contentHash(parts: readonly (string | undefined | null)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part ?? '\u0000').update('\u0001');
  return hash.digest('base64url').slice(0, 22);
}
