import type { HttpValidators, NormalizedFeed } from '../../domain/feed.js';
import { parseDate } from './parse-date.js';
import { decodeFeedBytes, mayHoldC1Controls, repairC1Controls } from './decode-feed-bytes.js';
import { binarySignature, controlCharacterRatio } from './detect-binary.js';
import { FeedParseError } from './feed-parse-error.js';
import { ParseContext } from './parse-context.js';
import { parseAtom } from './parse-atom.js';
import { isCdf, parseCdf } from './parse-cdf.js';
import { parseJsonFeed, parseJsonText } from './parse-json-feed.js';
import { parseRss } from './parse-rss.js';
import { parseXmlDocument, type XmlElement } from './xml-document.js';
import { NS } from './namespaces.js';
import { resolveUrl } from './resolve-url.js';
import { ItemStream } from './item-stream.js';
import { SourcePosition } from './source-position.js';

export interface ParseFeedOptions {
  /** The feed's URL: base for relative links when the feed has no xml:base. */
  url?: string;
  /** HTTP Content-Type (its charset is used to decode bytes). */
  contentType?: string;
  /** HTTP headers, lower-case names. `content-type`, `content-location`, `content-language`, `etag` and `last-modified` are used. */
  headers?: Record<string, string>;
  /** Inputs larger than this are refused before parsing (default 20 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_FEED_BYTES = 20 * 1024 * 1024;

/**
 * Bytes (or text) of RSS 0.90–2.0, RDF, Atom 0.3/1.0, JSON Feed 1.0/1.1 or CDF → one NormalizedFeed. Pure:
 * no network, no clock. Recoverable oddities (HTML entities in XML, bad dates, sloppy markup) become
 * `warnings`; anything that leaves no trustworthy feed throws FeedParseError with a stable code.
 */
export function parseFeed(input: Uint8Array | string, options: ParseFeedOptions = {}): NormalizedFeed {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FEED_BYTES;
  const size = typeof input === 'string' ? (input.length * 3 <= maxBytes ? input.length : Buffer.byteLength(input, 'utf8')) : input.byteLength;
  if (size > maxBytes) throw new FeedParseError('TOO_LARGE', `input is ${size} bytes, more than the limit of ${maxBytes} bytes`);
  if (size === 0) throw new FeedParseError('EMPTY', 'input is empty');

  const contentType = options.contentType ?? options.headers?.['content-type'];
  // Content-Location is where the document really lives (it may differ from the URL asked for)
  const location = options.headers?.['content-location'];
  const resolvedLocation = location ? resolveUrl(location, options.url) : undefined;
  const baseUrl = resolvedLocation && /^https?:\/\//i.test(resolvedLocation) ? resolvedLocation : options.url;
  const language = options.headers?.['content-language']?.split(',')[0]?.trim() || undefined;
  let text: string;
  let encoding: string | undefined;
  const preWarnings: string[] = [];
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const binary = binarySignature(input);
    if (binary) throw new FeedParseError('BINARY', `input is ${binary}, not a feed`);
    const decoded = decodeFeedBytes(input, contentType ? { contentType } : {});
    text = mayHoldC1Controls(input, decoded.encoding) ? repairC1Controls(decoded.text) : decoded.text;
    encoding = decoded.encoding;
    preWarnings.push(...decoded.warnings);
  }

  const start = firstSignificant(text);
  if (start === -1) throw new FeedParseError('EMPTY', 'input contains only whitespace');
  if (controlCharacterRatio(text.slice(start)) > 0.1) throw new FeedParseError('BINARY', 'input is binary data (control characters), not a feed');

  const first = text[start];
  let feed: NormalizedFeed;
  if (first === '{' || first === '[') {
    const ctx = new ParseContext(undefined);
    feed = parseJsonFeed(parseJsonText(text), ctx, baseUrl);
  } else if (first === '<') {
    feed = parseXmlFeed(text, baseUrl, language);
  } else {
    throw new FeedParseError('NOT_A_FEED', `input is neither XML nor JSON (starts with "${text.slice(start, start + 20).replace(/\s+/g, ' ')}")`);
  }
  if (preWarnings.length > 0) feed.warnings.unshift(...preWarnings.map((message) => ({ message })));
  if (encoding) feed.encoding = encoding;
  const http = httpValidators(options.headers);
  if (http) feed.http = http;
  return feed;
}

function parseXmlFeed(text: string, baseUrl: string | undefined, language: string | undefined): NormalizedFeed {
  if (/^\s*<!doctype\s+html/i.test(text.slice(0, 1024)) || /^\s*<html[\s>]/i.test(text.slice(0, 1024))) throw htmlPageError(text);
  let kind: 'rss' | 'atom' | undefined;
  const stream = new ItemStream(new SourcePosition(text));
  const doc = parseXmlDocument(text, {
    ...(baseUrl ? { baseUrl } : {}),
    ...(language ? { language } : {}),
    onRoot(root: XmlElement, doctype) {
      kind = feedKind(root);
      if (kind) {
        stream.start(root);
        return;
      }
      if (['html', 'head', 'body'].includes(root.local.toLowerCase()) || (doctype && /^<!doctype\s+html/i.test(doctype))) throw htmlPageError(text);
      throw new FeedParseError('NOT_A_FEED', `root element <${root.qname}> is not RSS, RDF or Atom`);
    },
    onElementEnd: (element, parent) => stream.take(element, parent),
    onRestart: () => stream.reset(),
  });
  const ctx = new ParseContext(doc.position);
  ctx.warnings.push(...doc.warnings);
  const streamed = stream.result();
  if (kind === 'atom') return parseAtom(doc, ctx, streamed);
  return isCdf(doc.root) ? parseCdf(doc, ctx) : parseRss(doc, ctx, streamed);
}

function feedKind(root: XmlElement): 'rss' | 'atom' | undefined {
  const local = root.local.toLowerCase();
  if (local === 'rss' || local === 'rdf' || local === 'channel') return 'rss';
  if (local === 'feed' || (local === 'entry' && (root.ns === NS.atom || root.ns === NS.atom03))) return 'atom';
  return undefined;
}

/** HTML where a feed was expected; the message lists the page's advertised feeds so the source can be fixed. */
function htmlPageError(text: string): FeedParseError {
  const feeds: string[] = [];
  const linkTag = /<link\b[^>]*>/gi;
  for (let m = linkTag.exec(text); m && feeds.length < 3; m = linkTag.exec(text)) {
    const tag = m[0];
    if (!/rel\s*=\s*["']?alternate/i.test(tag) || !/type\s*=\s*["']?application\/(rss|atom|feed)\+(xml|json)/i.test(tag)) continue;
    const href = /href\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (href) feeds.push(href);
  }
  const hint = feeds.length > 0 ? `; it advertises feed(s): ${feeds.join(', ')}` : '';
  return new FeedParseError('HTML_PAGE', `input is an HTML page, not a feed${hint}`);
}

/** ETag and Last-Modified travel with the parsed feed so the caller's next fetch can be conditional. */
function httpValidators(headers: Record<string, string> | undefined): HttpValidators | undefined {
  const etag = headers?.['etag']?.trim();
  const lastModified = headers?.['last-modified']?.trim();
  if (!etag && !lastModified) return undefined;
  const lastModifiedAt = lastModified ? parseDate(lastModified) : undefined;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), ...(lastModifiedAt ? { lastModifiedAt } : {}) };
}

function firstSignificant(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) return i;
  }
  return -1;
}
