import { createHash, timingSafeEqual } from 'node:crypto';

/** A configured API key: a name (the owner of what it creates) and its secret. */
export interface ApiKey {
  name: string;
  secret: string;
}

/**
 * Who is calling, from `Authorization: Bearer <key>` or `X-API-Key: <key>`. Secrets are compared as
 * hashes in constant time, so response timing does not leak how much of a key was right.
 */
export class ApiKeyRing {
  private readonly keys: { name: string; digest: Buffer }[];

  constructor(keys: readonly ApiKey[]) {
    this.keys = keys.map(({ name, secret }) => ({ name, digest: digest(secret) }));
  }

  /** The key's name, or undefined for no key or an unknown one. */
  identify(headers: { authorization?: string | undefined; 'x-api-key'?: string | undefined }): string | undefined {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
    const secret = bearer ?? headers['x-api-key']?.trim();
    if (!secret) return undefined;
    const given = digest(secret);
    return this.keys.find((key) => timingSafeEqual(key.digest, given))?.name;
  }
}

function digest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** `name:secret,name:secret` → keys; problems reported, not thrown, so config can list them all. */
export function parseApiKeys(raw: string): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon).trim();
    const secret = entry.slice(colon + 1).trim();
    if (colon <= 0 || !/^[A-Za-z0-9_.-]{1,64}$/.test(name)) problems.push(`API_KEYS entry "${entry.slice(0, 20)}…" must look like name:secret (name of letters, digits, _ . -)`);
    else if (secret.length < 8) problems.push(`API_KEYS: the secret of "${name}" must be at least 8 characters`);
    else keys.push({ name, secret });
  }
  return { keys, problems };
}
