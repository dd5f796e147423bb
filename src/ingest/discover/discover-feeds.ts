import { Parser } from 'htmlparser2';
import { httpUrl } from './discover-error.js';
import { feedTypeFromUrl, feedTypeOfLink, type DiscoveredFeedType } from './feed-link-type.js';
import { checkFeedUrl } from './feed-url.js';

export interface DiscoveredFeed {
  /** Absolute URL (relative links resolved against `<base href>` and the page URL). */
  url: string;
  title?: string;
  type: DiscoveredFeedType;
}

interface RawLink {
  rel: string[];
  href: string;
  type?: string;
  title?: string;
}

/**
 * The feeds a page advertises: `<link rel="alternate">` with a feed media type (and `rel="feed"`), in the
 * order the page lists them (the site's main feed first, by convention; comment and category feeds after),
 * de-duplicated by URL with the first title kept. Links resolve against the document's first `<base href>`
 * wherever it appears, as browsers do, then the page URL. `alternate stylesheet`, translations (`hreflang`
 * without a feed type), oEmbed and REST API links are not feeds; links inside `<template>` are inert.
 * Pure: the caller fetched the page; when this finds nothing, probe `candidateFeedUrls(pageUrl)`.
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const page = httpUrl(pageUrl, 'page URL');
  const links: RawLink[] = [];
  let baseHref: string | undefined;
  let templateDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'template') templateDepth++;
        if (templateDepth > 0) return;
        if (name === 'base' && baseHref === undefined && attributes.href !== undefined) baseHref = attributes.href;
        if (name !== 'link' || attributes.href === undefined || attributes.rel === undefined) return;
        links.push({
          rel: attributes.rel.toLowerCase().split(/\s+/).filter(Boolean),
          href: attributes.href,
          ...(attributes.type !== undefined ? { type: attributes.type } : {}),
          ...(attributes.title !== undefined ? { title: attributes.title } : {}),
        });
      },
      onclosetag(name) {
        if (name === 'template' && templateDepth > 0) templateDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const base = resolveBase(baseHref, page);
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const alternate = link.rel.includes('alternate') && !link.rel.includes('stylesheet');
    const feedRel = link.rel.includes('feed');
    if (!alternate && !feedRel) continue;
    const checked = checkFeedUrl(link.href, base);
    if (!checked.ok) continue;
    const url = new URL(checked.url);
    let type = feedTypeOfLink(link.type, url);
    if (!type && feedRel && (link.type === undefined || link.type.trim() === '')) type = feedTypeFromUrl(url);
    if (!type || seen.has(checked.key)) continue;
    seen.add(checked.key);
    const title = link.title?.replace(/\s+/g, ' ').trim();
    feeds.push({ url: checked.url, ...(title ? { title } : {}), type });
  }
  return feeds;
}

function resolveBase(href: string | undefined, page: URL): string {
  if (href === undefined || href.trim() === '') return page.href;
  try {
    const base = new URL(href.trim(), page);
    return base.protocol === 'http:' || base.protocol === 'https:' ? base.href : page.href;
  } catch {
    return page.href;
  }
}
