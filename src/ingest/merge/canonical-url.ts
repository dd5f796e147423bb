/**
 * Query parameters that track a click rather than name a page. Exact names (lowercase) and prefixes;
 * removing them makes the same article reached from a newsletter, a feed or a social post one URL.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid', 'mc_cid', 'mc_eid',
  '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'vero_id', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid', 's_kwcid',
  'ncid', 'ocid', 'cmpid', 'cmp', 'ito', 'smid', 'smtyp', 'sr_share', 'soc_src', 'soc_trk', 'ref_src', 'ref_url',
  'referrer', 'share', 'shared', 'spm', 'wt.mc_id', 'wt.tsrc', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2',
  'at_custom3', 'at_custom4', 'cid', 'xtor', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
  'icid', 'intcmp', 'int_cmp', 'mbid', 'pk_campaign', 'pk_kwd', 'pk_source', 'pk_medium', 'piwik_campaign',
  'hootpostid', 'cmpgn', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'tracking', 'trk', 'trkcampaign',
]);
const TRACKING_PREFIXES = ['utm_', 'hmb_', 'pk_', 'mtm_', 'at_', 'ga_'];
/** Session identifiers: a new value per visitor, never part of the article's address. */
const SESSION_PARAMS = new Set(['jsessionid', 'phpsessid', 'sid', 'sessionid', 'session_id', 'sessid', 'cfid', 'cftoken', 'aspsessionid', 'zenid', 'oscsid']);
/** Parameters that only say "feed reader sent this" when their value is a feed word (`?track=rss`, `?from=rss`). */
const FEED_MARKER_PARAMS = new Set(['track', 'from', 'source', 'src', 'ref', 'feed', 'mod', 'via', 'rss']);
const FEED_MARKER_VALUES = /^(rss|rss2|atom|feed|feeds|feedburner|rssfeed|rss_feed|newsfeed|syndication|1)$/i;
/** Flags that ask for the AMP or mobile rendering of the same page (`?amp`, `?amp=1`, `?m=1`)... */
const VARIANT_FLAGS = new Set(['amp', 'mobile', 'm']);
const VARIANT_FLAG_VALUES = /^(1|true|yes|amp|mobile)?$/i;
/** ...or name it as an output format (`?outputType=amp`, `?view=mobile`). */
const VARIANT_OUTPUTS = new Set(['outputtype', 'output', 'view', 'platform', 'format']);
const VARIANT_OUTPUT_VALUES = /^(amp|mobile)$/i;
/** Host labels that mark a mobile or AMP copy of the main site (m.bbc.co.uk, amp.theguardian.com). */
const MOBILE_HOST_LABELS = new Set(['m', 'mobile', 'amp', 'touch', 'wap']);
/** Second-level labels of two-label public suffixes (co.uk, com.au, ne.jp …). */
const SECOND_LEVEL_SUFFIXES = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'go', 'gob', 'nic']);

function isTrackingParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_PARAMS.has(lower) || SESSION_PARAMS.has(lower) || lower.startsWith('aspsessionid')) return true;
  if (TRACKING_PREFIXES.some((p) => lower.startsWith(p))) return true;
  if (FEED_MARKER_PARAMS.has(lower) && FEED_MARKER_VALUES.test(value)) return true;
  if (VARIANT_FLAGS.has(lower)) return VARIANT_FLAG_VALUES.test(value);
  return VARIANT_OUTPUTS.has(lower) && VARIANT_OUTPUT_VALUES.test(value);
}

/** `https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a` and `https://www.google.com/amp/s/www.example.com/a` → the publisher's URL. */
function unwrapAmpCache(url: URL): URL | undefined {
  const ampCache = url.hostname.endsWith('.cdn.ampproject.org') || url.hostname.endsWith('.ampproject.net');
  const googleAmp = /^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/amp/');
  if (!ampCache && !googleAmp) return undefined;
  const m = /^\/(?:amp|[a-z])(?:\/[a-z])*?\/(s\/)?([^/]+\.[^/]+)(\/.*)?$/i.exec(url.pathname);
  if (!m) return undefined;
  try {
    return new URL(`${m[1] ? 'https' : 'http'}://${m[2]}${m[3] ?? '/'}${url.search}`);
  } catch {
    return undefined;
  }
}

/** `/amp/story`, `/story/amp`, `/story.amp`, `/story.amp.html`, `/amp/s/…` → the regular page's path. */
function stripAmpPath(pathname: string): string {
  let p = pathname
    .replace(/\.amp(\.html?)$/i, '$1')
    .replace(/\.amp$/i, '')
    .replace(/\/amp\/?$/i, '/')
    .replace(/^\/amp(\/|$)/i, '/')
    .replace(/\/amp\/(?=[^/]+\/?$)/i, '/');
  if (p !== '/' && pathname.endsWith('/') === false && p.endsWith('/') && p.length > 1) p = p.slice(0, -1);
  return p || '/';
}

/** `;jsessionid=…` path parameters (Java servlet containers put the session in the path). */
function stripPathSession(pathname: string): string {
  return pathname.replace(/;(jsessionid|phpsessid|sid|sessionid)=[^/?#;]*/gi, '');
}

function stripMobileHost(hostname: string): string {
  const labels = hostname.split('.');
  if (labels.length < 3 || !MOBILE_HOST_LABELS.has(labels[0] as string)) return hostname;
  // m.co.uk is a registrable name under a two-label public suffix, not a mobile host.
  const rest = labels.slice(1);
  if (rest.length === 2 && SECOND_LEVEL_SUFFIXES.has(rest[0] as string) && (rest[1] as string).length === 2) return hostname;
  return `www.${rest.join('.')}`;
}

/** Uppercase percent-escape hex and decode escapes of unreserved characters (RFC 3986 §6.2.2). */
function normalizeEscapes(text: string): string {
  return text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

/**
 * The canonical form of an article URL, used as the article's identity across feeds and pages.
 * Returns undefined for anything that is not an absolute http(s) URL.
 * Rules: lowercase scheme and host (and a trailing dot dropped), no default port, no credentials, no
 * fragment (except `#!` routes, which address content), tracking and session parameters removed
 * (utm_*, fbclid, gclid, jsessionid, `?track=rss` …), AMP caches unwrapped and AMP/mobile variants
 * (`m.`/`amp.` hosts, `/amp` paths, `?amp=1`) mapped to the regular page, remaining parameters sorted.
 * The scheme is kept: whether a site serves http or https is the site's business; see urlIdentityKey.
 */
export function canonicalizeUrl(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname) return undefined;
  url = unwrapAmpCache(url) ?? url;
  url.username = '';
  url.password = '';
  url.hostname = stripMobileHost(url.hostname.replace(/\.$/, '').toLowerCase());
  const hashbang = url.hash.startsWith('#!') ? url.hash : '';
  url.hash = '';
  url.pathname = normalizeEscapes(stripAmpPath(stripPathSession(url.pathname)));
  const kept = [...url.searchParams].filter(([name, value]) => !isTrackingParam(name, value));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  return url.href + hashbang;
}

/**
 * The lookup key of an article URL: canonicalizeUrl without scheme, `www.` or a trailing slash, because
 * `http://example.com/a/` and `https://www.example.com/a` are the same article on every real news site.
 */
export function urlIdentityKey(raw: string): string | undefined {
  const canonical = canonicalizeUrl(raw);
  if (!canonical) return undefined;
  const url = new URL(canonical);
  const host = url.host.replace(/^www\./, '');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${host}${path}${url.search}${url.hash}`;
}

export interface CanonicalUrlHints {
  /** The URL the page was fetched from, or the feed item's link. */
  url: string;
  /** `<link rel="canonical">` when the page was fetched. */
  relCanonical?: string;
  /** `<meta property="og:url">` when the page was fetched. */
  ogUrl?: string;
}

/**
 * Picks the article's canonical URL from what the page says about itself. A publisher's `rel=canonical`
 * or `og:url` wins (it already folds AMP, mobile and syndicated copies), except when it points at the
 * site's home page or section root while the fetched URL is an article: a common template bug that
 * would merge every article of the site into one.
 */
export function chooseCanonicalUrl(hints: CanonicalUrlHints): string | undefined {
  const fetched = canonicalizeUrl(hints.url);
  const fetchedDepth = fetched ? new URL(fetched).pathname.split('/').filter(Boolean).length : 0;
  for (const declared of [hints.relCanonical, hints.ogUrl]) {
    if (!declared) continue;
    let absolute: string;
    try {
      absolute = new URL(declared.trim(), hints.url).href;
    } catch {
      continue;
    }
    const canonical = canonicalizeUrl(absolute);
    if (!canonical) continue;
    const depth = new URL(canonical).pathname.split('/').filter(Boolean).length;
    if (depth === 0 && fetchedDepth > 0) continue;
    return canonical;
  }
  return fetched;
}
