import { parseDate } from '../parse/parse-date.js';

/** A delay the server asked for, with the header that said so (for the schedule's reason). */
export interface ServerDelay {
  ms: number;
  /** e.g. `Cache-Control max-age=600`, `Expires`, `Retry-After: 120`. */
  source: string;
}

/**
 * How long the response stays fresh (RFC 9111 §4.2.1): `max-age` wins over `Expires`, `Age` is subtracted;
 * `no-store`/`no-cache` mean there is no lower bound. `Expires` is measured from the response's `Date`
 * when present (the server's clock, so a skewed server clock does not matter), else from `now`. An
 * unparseable or past `Expires` (`0` is common) means already stale. Header names are lower-case.
 */
export function freshnessLifetime(headers: Record<string, string> | undefined, now: Date): ServerDelay | undefined {
  if (!headers) return undefined;
  const directives = parseCacheControl(headers['cache-control']);
  if (directives.has('no-store') || directives.has('no-cache')) return undefined;
  const age = parseSeconds(headers.age) ?? 0;
  const maxAge = parseSeconds(directives.get('max-age'));
  if (maxAge !== undefined) {
    const ms = (maxAge - age) * 1000;
    return ms > 0 ? { ms, source: `Cache-Control max-age=${maxAge}${age > 0 ? ` (Age ${age})` : ''}` } : undefined;
  }
  const expiresRaw = headers.expires;
  if (expiresRaw === undefined) return undefined;
  const expires = parseDate(expiresRaw);
  if (!expires) return undefined;
  const served = parseDate(headers.date) ?? now;
  const ms = expires.getTime() - served.getTime() - age * 1000;
  return ms > 0 ? { ms, source: 'Expires' } : undefined;
}

/**
 * `Retry-After` as a delay from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3). A date in the
 * past means "now" (0); garbage is ignored.
 */
export function retryAfter(headers: Record<string, string> | undefined, now: Date): ServerDelay | undefined {
  const raw = headers?.['retry-after']?.trim();
  if (!raw) return undefined;
  const seconds = parseSeconds(raw);
  if (seconds !== undefined) return { ms: seconds * 1000, source: `Retry-After: ${seconds}` };
  const at = parseDate(raw);
  if (!at) return undefined;
  return { ms: Math.max(0, at.getTime() - now.getTime()), source: `Retry-After: ${raw}` };
}

/** Directive name (lower-case) → value (unquoted; '' for a bare directive). First occurrence wins. */
function parseCacheControl(value: string | undefined): Map<string, string> {
  const directives = new Map<string, string>();
  if (!value) return directives;
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (!name || directives.has(name)) continue;
    directives.set(name, eq === -1 ? '' : part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  return directives;
}

function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!/^\d{1,12}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}
