import { decodeFeedBytes } from '../parse/decode-feed-bytes.js';
import { binarySignature } from '../parse/detect-binary.js';
import { FeedParseError } from '../parse/feed-parse-error.js';
import { parseDate } from '../parse/parse-date.js';
import { parseXmlDocument, type XmlDocument, type XmlElement } from '../parse/xml-document.js';
import { checkFeedUrl } from '../discover/feed-url.js';
import { normalizeCategory, parseCategoryList } from './opml-categories.js';
import type { OpmlDocument, OpmlOutline } from './opml-document.js';
import { OpmlError } from './opml-error.js';

export interface ParseOpmlOptions {
  /** Inputs larger than this are refused before parsing (default 5 MB: tens of thousands of subscriptions). */
  maxBytes?: number;
  /** Base for relative URLs when the file has no xml:base (the URL the file was fetched from). */
  baseUrl?: string;
}

export const DEFAULT_MAX_OPML_BYTES = 5 * 1024 * 1024;

/** Outline `type`s readers write for feeds; a feed outline of these types may carry its URL in `url` (old OPML 1.0 exporters). */
const FEED_TYPES = new Set(['rss', 'atom', 'feed', 'rdf', 'json']);

/**
 * An OPML 1.0/1.1/2.0 subscription list → feeds with their folders as categories. Readers disagree on
 * spelling (`xmlUrl`, `xmlurl`, `XMLURL`), so element and attribute names are matched case-insensitively.
 * Every outline that is not imported is reported in `skipped` with its line: no URL, a non-http(s) or
 * malformed URL, a link or include outline, a commented-out outline, a duplicate (whose categories are
 * merged into the first). Security: the XML reader refuses DOCTYPEs declaring entities and never fetches
 * external ones (the feed parser's tokenizer). Not OPML at all → OpmlError.
 */
export function parseOpml(input: string | Uint8Array, options: ParseOpmlOptions = {}): OpmlDocument {
  const { text, decodeWarnings } = decodeInput(input, options.maxBytes ?? DEFAULT_MAX_OPML_BYTES);
  const doc = readXml(text, options.baseUrl);
  const root = doc.root;
  const head = firstChild(root, 'head');
  const body = firstChild(root, 'body');
  if (!body) throw new OpmlError('NO_BODY', '<opml> has no <body> (an OPML file lists its outlines in <body>)', doc.position.at(root.start));

  const warnings = [...decodeWarnings.map((message) => ({ message })), ...doc.warnings.map((w) => ({ message: w.message, ...(w.line !== undefined ? { line: w.line } : {}) }))];
  const result: OpmlDocument = { outlines: [], skipped: [], warnings };
  const title = head ? cleanText(textOf(firstChild(head, 'title'))) : undefined;
  if (title) result.title = title;
  const dateCreated = head ? parseDate(textOf(firstChild(head, 'dateCreated'))) : undefined;
  if (dateCreated) result.dateCreated = dateCreated;

  const byKey = new Map<string, { outline: OpmlOutline; line: number }>();
  const lineOf = (el: XmlElement): number => doc.position.at(el.start).line;
  const skip = (el: XmlElement, reason: string): void => {
    result.skipped.push({ line: lineOf(el), reason });
  };

  const walk = (parent: XmlElement, folders: string[]): void => {
    for (const el of childElements(parent)) {
      if (el.local.toLowerCase() !== 'outline') continue;
      const name = cleanText(attribute(el, 'title') ?? attribute(el, 'text'));
      const label = name ? ` "${name}"` : ' without a title';
      if (attribute(el, 'isComment')?.trim().toLowerCase() === 'true') {
        skip(el, `outline${label} is commented out (isComment="true")`);
        continue;
      }
      const type = attribute(el, 'type')?.trim().toLowerCase() ?? '';
      const rawUrl = attribute(el, 'xmlUrl') ?? (FEED_TYPES.has(type) ? attribute(el, 'url') : undefined);
      const children = childElements(el).some((c) => c.local.toLowerCase() === 'outline');
      if (rawUrl === undefined) {
        // a slash inside a folder name would read as a deeper path once written as a category
        const folder = name?.replace(/\//g, ' ').replace(/\s+/g, ' ').trim();
        if (children) walk(el, folder ? [...folders, folder] : folders);
        else skip(el, missingUrlReason(type, label, name !== undefined, attribute(el, 'url')));
        continue;
      }
      const checked = checkFeedUrl(rawUrl, el.base);
      if (!checked.ok) skip(el, `outline${label}: ${checked.reason}`);
      else addFeed(el, checked.url, checked.key, label, name, folders);
      // a feed outline with children (rare) keeps its children in the same folder
      if (children) walk(el, folders);
    }
  };

  const addFeed = (el: XmlElement, xmlUrl: string, key: string, label: string, name: string | undefined, folders: string[]): void => {
    const categories = unique([...(folders.length > 0 ? [normalizeCategory(folders.join('/'))] : []), ...parseCategoryList(attribute(el, 'category'))]);
    const existing = byKey.get(key);
    if (existing) {
      const added = categories.filter((c) => !existing.outline.categories.includes(c));
      existing.outline.categories.push(...added);
      skip(el, `outline${label} (${xmlUrl}) repeats the feed on line ${existing.line}${added.length > 0 ? `; its categories ${added.map((c) => `"${c}"`).join(', ')} were added there` : ''}`);
      return;
    }
    const outline: OpmlOutline = { xmlUrl, categories };
    const htmlRaw = attribute(el, 'htmlUrl');
    const html = htmlRaw === undefined ? undefined : checkFeedUrl(htmlRaw, el.base);
    if (html?.ok) outline.htmlUrl = html.url;
    if (name && name !== xmlUrl) outline.title = name;
    byKey.set(key, { outline, line: lineOf(el) });
    result.outlines.push(outline);
  };

  walk(body, []);
  return result;
}

function missingUrlReason(type: string, label: string, named: boolean, url: string | undefined): string {
  if (type === 'link') return `outline${label} is a link${url ? ` to ${url}` : ''}, not a feed`;
  if (type === 'include') return `outline${label} includes another OPML file${url ? ` (${url})` : ''}, which is not followed`;
  return `outline${label} has no xmlUrl${named ? ' (an empty folder or a note)' : ''}`;
}

function decodeInput(input: string | Uint8Array, maxBytes: number): { text: string; decodeWarnings: string[] } {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) throw new OpmlError('TOO_LARGE', `input is ${size} ${typeof input === 'string' ? 'characters' : 'bytes'}, more than the limit of ${maxBytes} bytes`);
  let text: string;
  let decodeWarnings: string[] = [];
  if (typeof input === 'string') text = input;
  else {
    const binary = binarySignature(input);
    if (binary) throw new OpmlError('BINARY', `input is ${binary}, not an OPML file`);
    try {
      ({ text, warnings: decodeWarnings } = decodeFeedBytes(input));
    } catch (error) {
      throw translate(error);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  const start = text.search(/\S/);
  if (start === -1) throw new OpmlError('EMPTY', size === 0 ? 'input is empty' : 'input contains only whitespace');
  if (text[start] !== '<') throw new OpmlError('NOT_OPML', `input is not XML (starts with "${text.slice(start, start + 20).replace(/\s+/g, ' ')}")`);
  return { text, decodeWarnings };
}

function readXml(text: string, baseUrl: string | undefined): XmlDocument {
  try {
    return parseXmlDocument(text, {
      ...(baseUrl ? { baseUrl } : {}),
      onRoot(root, doctype) {
        const local = root.local.toLowerCase();
        if (local === 'opml') return;
        if (local === 'html' || (doctype && /^<!doctype\s+html/i.test(doctype))) throw new OpmlError('NOT_OPML', 'input is an HTML page, not an OPML file');
        if (['rss', 'rdf', 'feed', 'channel'].includes(local)) throw new OpmlError('NOT_OPML', `input is a feed (<${root.qname}>), not an OPML subscription list; add it as a source instead`);
        throw new OpmlError('NOT_OPML', `root element <${root.qname}> is not <opml>`);
      },
    });
  } catch (error) {
    throw translate(error);
  }
}

function translate(error: unknown): unknown {
  if (!(error instanceof FeedParseError)) return error;
  const detail = error.message.replace(/^[A-Z_]+: /, '').replace(/ at line \d+, column \d+$/, '');
  const position = error.line !== undefined && error.column !== undefined ? { line: error.line, column: error.column } : undefined;
  switch (error.code) {
    case 'DOCTYPE_ENTITIES_REFUSED':
    case 'MALFORMED_XML':
    case 'UNSUPPORTED_ENCODING':
      return new OpmlError(error.code, detail, position);
    default:
      return new OpmlError('NOT_OPML', detail, position);
  }
}

function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((node): node is XmlElement => typeof node !== 'string');
}

function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  const wanted = local.toLowerCase();
  return childElements(el).find((c) => c.local.toLowerCase() === wanted);
}

/** Attribute by name, any case, ignoring namespaced attributes. */
function attribute(el: XmlElement, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const a of el.attributes) if (a.ns === '' && a.local.toLowerCase() === wanted) return a.value;
  return undefined;
}

function textOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  let out = '';
  for (const node of el.children) out += typeof node === 'string' ? node : (textOf(node) ?? '');
  return out;
}

function cleanText(value: string | undefined): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
