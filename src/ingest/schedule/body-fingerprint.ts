import { createHash } from 'node:crypto';

/**
 * A digest of a response body, stored per source so a 200 whose bytes equal the last fetch's (servers that
 * ignore If-None-Match, or send no validators) is treated like a 304 and costs no parse.
 */
export function bodyFingerprint(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}

/** True when the body is byte-for-byte the one last fingerprinted. */
export function isUnchangedBody(body: Uint8Array, previousFingerprint: string | undefined): boolean {
  return previousFingerprint !== undefined && bodyFingerprint(body) === previousFingerprint;
}
