import type { FeedItem, NormalizedFeed } from '../../domain/feed.js';
import { compact, type ParseContext } from './parse-context.js';
import { resolveUrl } from './resolve-url.js';
import { keptDetail, renderText, rssTextConstruct } from './text-construct.js';
import type { XmlDocument, XmlElement } from './xml-document.js';

/** CDF writes upper-case names (`<CHANNEL HREF>`, `<ITEM LASTMOD>`); matched without regard to case. */
function childCi(el: XmlElement, local: string): XmlElement | undefined {
  for (const node of el.children) if (typeof node !== 'string' && node.local.toLowerCase() === local) return node;
  return undefined;
}

function attrCi(el: XmlElement, local: string): string | undefined {
  for (const a of el.attributes) if (a.ns === '' && a.local.toLowerCase() === local) return a.value.trim() || undefined;
  return undefined;
}

/** True for a Channel Definition Format document (Microsoft's 1997 push format, still served by old sites). */
export function isCdf(root: XmlElement): boolean {
  return root.local === 'CHANNEL' || (root.local.toLowerCase() === 'channel' && root.ns === '' && (attrCi(root, 'href') !== undefined || childCi(root, 'abstract') !== undefined));
}

/** CDF: TITLE, ABSTRACT (summary), HREF (link) and LASTMOD (last change) on the channel and its ITEMs. */
export function parseCdf(doc: XmlDocument, ctx: ParseContext): NormalizedFeed {
  const channel = doc.root;
  const head = cdfHead(channel, ctx);
  const items: FeedItem[] = [];
  for (const node of channel.children) {
    if (typeof node === 'string' || node.local.toLowerCase() !== 'item') continue;
    const h = cdfHead(node, ctx);
    items.push(compact<FeedItem>({
      title: h.title,
      url: h.link,
      summary: h.summary?.text,
      summaryHtml: h.summary?.html,
      updatedAt: h.updated,
      authors: [],
      categories: [],
      enclosures: [],
      links: h.link ? [{ href: h.link, rel: 'alternate' }] : [],
      details: h.summary ? compact({ summary: keptDetail(h.summary) }) : undefined,
      extensions: h.rawUpdated ? { rawDates: { updated: h.rawUpdated } } : undefined,
    }));
  }
  return compact<NormalizedFeed>({
    format: 'rss',
    version: 'cdf',
    title: head.title,
    description: head.summary?.text,
    link: head.link,
    links: head.link ? [{ href: head.link, rel: 'alternate' }] : [],
    updatedAt: head.updated,
    authors: [],
    categories: [],
    details: head.summary ? compact({ description: keptDetail(head.summary) }) : undefined,
    extensions: head.rawUpdated ? { rawDates: { updated: head.rawUpdated } } : undefined,
    items,
    warnings: ctx.warnings,
  });
}

function cdfHead(el: XmlElement, ctx: ParseContext) {
  const titleEl = childCi(el, 'title');
  const abstractEl = childCi(el, 'abstract');
  const href = attrCi(el, 'href');
  const rawUpdated = attrCi(el, 'lastmod');
  return {
    title: titleEl ? renderText(rssTextConstruct(titleEl, 'auto')).text || undefined : undefined,
    summary: abstractEl ? renderText(rssTextConstruct(abstractEl, 'auto')) : undefined,
    link: href ? resolveUrl(href, el.base) : undefined,
    updated: ctx.date(rawUpdated, el, 'LASTMOD'),
    rawUpdated,
  };
}
