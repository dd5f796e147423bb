export type FeedUrlCheck =
  /** `url`: what to store (as written when it was already absolute); `key`: normalized form for de-duplication (no fragment). */
  | { ok: true; url: string; key: string }
  | { ok: false; reason: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Checks a feed URL from an import file or a page before it becomes a source, with the fetcher's rules
 * (http/https only, no credentials) so a bad entry is reported at import instead of failing on every
 * poll. Relative URLs are resolved against `base`. The old `feed:` pseudo-scheme (`feed://host/rss`,
 * `feed:https://host/rss`) is unwrapped to the http(s) URL it stands for.
 */
export function checkFeedUrl(raw: string, base?: string): FeedUrlCheck {
  let value = raw.trim();
  if (value === '') return { ok: false, reason: 'the URL is empty' };
  if (/^feed:/i.test(value)) value = /^feed:https?:/i.test(value) ? value.slice(5) : `http:${value.slice(5).replace(/^(?!\/\/)/, '//')}`;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  let parsed: URL;
  try {
    if (scheme === undefined && !base) return { ok: false, reason: `"${value}" is not an absolute URL` };
    parsed = scheme === undefined ? new URL(value, base) : new URL(value);
  } catch {
    return { ok: false, reason: `"${value}" is not a valid URL` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: `"${value}" uses the ${parsed.protocol.slice(0, -1)} scheme; only http and https feeds can be fetched` };
  }
  if (parsed.username || parsed.password) return { ok: false, reason: `${parsed.host}: URLs with a user name or password are refused` };
  if (!parsed.hostname) return { ok: false, reason: `"${value}" has no host` };
  const url = scheme === 'http' || scheme === 'https' ? value : parsed.href;
  parsed.hash = '';
  return { ok: true, url, key: parsed.href };
}
