import { createHash } from 'node:crypto';

/**
 * A strong validator for a feed body: the same bytes give the same ETag on every server and after
 * restarts (a content hash, not a timestamp or inode), so caches and load-balanced replicas agree.
 * Strong means byte-exact: a body served gzip-encoded needs its own tag (hash the encoded bytes, or
 * send this one as weak, `W/"…"`), per RFC 9110 §8.8.3.
 */
export function feedEtag(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 27)}"`;
}

/** The Last-Modified header value (IMF-fixdate, RFC 9110 §5.6.7). */
export function httpDate(date: Date): string {
  return date.toUTCString();
}

export interface ConditionalHeaders {
  'if-none-match'?: string;
  'if-modified-since'?: string;
}

/**
 * Whether a GET/HEAD may be answered 304 Not Modified (RFC 9110 §13.1, §13.2.2):
 * - If-None-Match, when present, decides alone (If-Modified-Since is then ignored): `*` matches any
 *   existing representation, otherwise any listed tag matching by *weak* comparison (`W/` ignored);
 * - else If-Modified-Since: not modified when the representation's date, at HTTP's one-second
 *   resolution, is not later than the given date; an invalid date is ignored (the body is sent).
 * A date in the future is not treated specially: judging it needs the clock, which callers own.
 */
export function isNotModified(requestHeaders: ConditionalHeaders, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = requestHeaders['if-none-match']?.trim();
  if (ifNoneMatch) {
    if (ifNoneMatch === '*') return true;
    const current = opaqueTag(etag);
    return entityTags(ifNoneMatch).some((tag) => tag === current);
  }
  const since = parseHttpDate(requestHeaders['if-modified-since']);
  if (since === undefined || Number.isNaN(lastModified.getTime())) return false;
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since.getTime() / 1000);
}

/** An entity-tag without its weakness indicator: `W/"x"` and `"x"` match weakly. */
function opaqueTag(tag: string): string {
  const t = tag.trim().replace(/^W\//, '');
  return t.startsWith('"') && t.endsWith('"') && t.length >= 2 ? t : `"${t}"`;
}

/**
 * The tags of an If-None-Match list. Quoted tags may contain commas, so the list is scanned rather
 * than split; bare (unquoted) tags, which some clients send, are accepted as if quoted.
 */
function entityTags(list: string): string[] {
  const tags: string[] = [];
  const pattern = /\s*(?:W\/)?("[^"]*"|[^,\s"]+)\s*(?:,|$)/gy;
  for (let m = pattern.exec(list); m && m[0] !== ''; m = pattern.exec(list)) tags.push(opaqueTag(m[1] ?? ''));
  return tags;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IMF_FIXDATE = /^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC_850 = /^[A-Za-z]+, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^[A-Za-z]{3} ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

/**
 * HTTP-date in its three forms (RFC 9110 §5.6.7): IMF-fixdate, obsolete RFC 850 and asctime, all in
 * GMT. `Date.parse` is not used: it reads asctime as local time and accepts much that is no HTTP-date.
 */
export function parseHttpDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  let m = IMF_FIXDATE.exec(v);
  if (m) return utc(Number(m[3]), m[2], m[1], m[4], m[5], m[6]);
  m = RFC_850.exec(v);
  if (m) {
    // RFC 9110: a two-digit year that looks more than 50 years ahead is in the past century; without the
    // clock that is approximated as 00–49 → 20xx, 50–99 → 19xx
    const yy = Number(m[3]);
    return utc(yy < 50 ? 2000 + yy : 1900 + yy, m[2], m[1], m[4], m[5], m[6]);
  }
  m = ASCTIME.exec(v);
  if (m) return utc(Number(m[6]), m[1], m[2], m[3], m[4], m[5]);
  return undefined;
}

function utc(year: number, monthName: string | undefined, day: string | undefined, h: string | undefined, min: string | undefined, s: string | undefined): Date | undefined {
  const month = MONTHS.findIndex((name) => name.toLowerCase() === monthName?.toLowerCase());
  const d = Number(day?.trim()), hh = Number(h), mm = Number(min), ss = Number(s);
  if (month < 0 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60) return undefined;
  const date = new Date(Date.UTC(year, month, d, hh, mm, Math.min(ss, 59)));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  // 31 Feb and the like roll over into the next month: not a date
  return date.getUTCDate() === d ? date : undefined;
}
