import type { FeedEnclosure, FeedItem, FeedPerson, NormalizedFeed } from '../../domain/feed.js';
import { FeedParseError } from './feed-parse-error.js';
import { compact, type ParseContext, uniqueStrings } from './parse-context.js';
import { dedupePeople, makePerson } from './parse-person.js';
import { resolveUrl } from './resolve-url.js';
import { SourcePosition } from './source-position.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { normalizeText, renderContent } from './text-construct.js';

type Json = Record<string, unknown>;

/** JSON.parse; on failure, INVALID_JSON saying what was found where (line/column). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    const found = text.slice(offset, offset + 1);
    const detail = offset >= text.length ? 'unexpected end of JSON input' : `unexpected ${JSON.stringify(found)}`;
    throw new FeedParseError('INVALID_JSON', detail, new SourcePosition(text).at(offset));
  }
}

/** JSON Feed 1.0 and 1.1 (1.0's single `author` and 1.1's `authors` both read). */
export function parseJsonFeed(value: unknown, ctx: ParseContext, baseUrl: string | undefined): NormalizedFeed {
  if (!isObject(value)) throw new FeedParseError('NOT_A_FEED', 'JSON document is not an object');
  const version = str(value.version);
  const items = value.items;
  const knownVersion = version !== undefined && /^(https?:\/\/jsonfeed\.org\/version\/)?1(\.\d+)?\/?$/i.test(version);
  if (!knownVersion && !Array.isArray(items)) {
    throw new FeedParseError('NOT_A_FEED', 'JSON document has neither a JSON Feed "version" nor an "items" array');
  }
  if (!knownVersion) ctx.warn('JSON Feed "version" missing or unrecognised');
  if (items !== undefined && !Array.isArray(items)) ctx.warn('JSON Feed "items" is not an array');
  const feedUrl = url(value.feed_url, baseUrl);
  const base = str(value.home_page_url) ?? feedUrl ?? baseUrl;
  const link = url(value.home_page_url, baseUrl);
  const title = text(value.title);
  const description = text(value.description);
  const imageUrl = url(value.icon, base) ?? url(value.favicon, base);
  const language = str(value.language);
  const parsedItems = Array.isArray(items) ? items.filter(isObject).map((item) => parseItem(item, ctx, base)) : [];
  // JSON Feed has no feed-level date: the feed changed when its newest item did
  const newest = parsedItems.reduce<Date | undefined>((max, item) => {
    const d = item.updatedAt ?? item.publishedAt;
    return d && (!max || d > max) ? d : max;
  }, undefined);
  return compact({
    format: 'json',
    version: version && /1\.1\/?$/.test(version) ? 'json11' : 'json10',
    title,
    description,
    link,
    feedUrl,
    links: [...(link ? [{ href: link, rel: 'alternate' }] : []), ...(feedUrl ? [{ href: feedUrl, rel: 'self' }] : [])],
    language,
    authors: authors(value, base),
    categories: [],
    ...(imageUrl ? { image: { url: imageUrl } } : {}),
    updatedAt: newest,
    items: parsedItems,
    warnings: ctx.warnings,
  });
}

function parseItem(item: Json, ctx: ParseContext, base: string | undefined): FeedItem {
  const id = typeof item.id === 'number' ? String(item.id) : str(item.id);
  const itemUrl = url(item.url, base) ?? url(item.external_url, base);
  const title = text(item.title);
  const summary = text(item.summary);
  const html = str(item.content_html);
  const plain = str(item.content_text);
  const content = html !== undefined
    ? renderContent({ kind: 'html', value: html, base: itemUrl ?? base, language: undefined }).html
    : plain !== undefined ? renderContent({ kind: 'text', value: plain, base, language: undefined }).html : undefined;
  const published = date(item.date_published, ctx, 'date_published');
  const updated = date(item.date_modified, ctx, 'date_modified');
  const enclosures: FeedEnclosure[] = [];
  if (Array.isArray(item.attachments)) {
    for (const a of item.attachments.filter(isObject)) {
      const u = url(a.url, base);
      if (!u) continue;
      const type = str(a.mime_type);
      const size = typeof a.size_in_bytes === 'number' && Number.isSafeInteger(a.size_in_bytes) ? a.size_in_bytes : undefined;
      enclosures.push({ url: u, type, ...(size !== undefined ? { length: size } : {}) });
    }
  }
  const imageUrl = url(item.image, base) ?? url(item.banner_image, base);
  const language = str(item.language);
  const links = [...(itemUrl ? [{ href: itemUrl, rel: 'alternate' }] : [])];
  const external = url(item.external_url, base);
  if (external && external !== itemUrl) links.push({ href: external, rel: 'related' });
  return compact({
    id,
    url: itemUrl,
    title,
    summary,
    contentHtml: content,
    publishedAt: published,
    updatedAt: updated,
    authors: authors(item, base),
    categories: uniqueStrings(Array.isArray(item.tags) ? item.tags.map((t) => (typeof t === 'string' ? t : undefined)) : []),
    enclosures,
    links,
    ...(imageUrl ? { image: { url: imageUrl } } : {}),
    language,
  });
}

function authors(obj: Json, base: string | undefined): FeedPerson[] {
  const list = Array.isArray(obj.authors) ? obj.authors : isObject(obj.author) ? [obj.author] : [];
  const out: FeedPerson[] = [];
  for (const a of list) {
    if (!isObject(a)) continue;
    const p = makePerson(str(a.name), undefined, url(a.url, base));
    if (p) out.push(p);
  }
  return dedupePeople(out);
}

function date(value: unknown, ctx: ParseContext, label: string): Date | undefined {
  const s = str(value);
  return s ? ctx.date(s, undefined, `"${label}"`) : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

function text(value: unknown): string | undefined {
  const s = str(value);
  return s ? normalizeText(s) : undefined;
}

function url(value: unknown, base: string | undefined): string | undefined {
  const s = str(value);
  return s ? resolveUrl(s, base) : undefined;
}
