import type { FeedEnclosure, FeedItem, FeedLink, FeedPerson, NormalizedFeed } from '../../domain/feed.js';
import { NS } from './namespaces.js';
import { compact, type ParseContext, parseLength, type StreamedItems, withStreamed } from './parse-context.js';
import { dedupePeople, parsePersonText } from './parse-person.js';
import { resolveUrl } from './resolve-url.js';
import { keptDetail, type RenderedText, renderContent, renderText, rssTextConstruct } from './text-construct.js';
import { attr, child, childNamespaces, childrenNamed, childText, renameNamespace, textContent } from './xml-query.js';
import type { XmlDocument, XmlElement } from './xml-document.js';
import { inReplyTo } from './in-reply-to.js';
import { mediaPlayer, mediaThumbnails } from './media-references.js';
import { chapters, dcmiPeriod, dublinCorePublisher, geoShape, nonEmptyObject, podcastInfo, rawDates, rawText } from './feed-meta.js';
import { readFeedScheduleHints } from '../schedule/feed-schedule-hints.js';
import {
  atomLinks, atomPeople, categoryFields, categoryList, dublinCoreContributors, dublinCoreCreators, firstImageInHtml, dublinCoreDate, dublinCoreText, extensionImage, itunesAuthor,
  mediaEnclosures, mergeEnclosures,
} from './feed-extensions.js';

/** RSS elements are un-namespaced (0.9x/2.0) or in the RSS 1.0 / 0.90 / UserLand namespaces. */
const RSS = [NS.none, NS.rss10, NS.rss090, NS.rss2] as const;
const CONTENT = [NS.content] as const;
const ITUNES = [NS.itunes] as const;
const DC_ANY = [NS.dc, NS.dcterms] as const;

/** feedparser-style version tag from the root element, its version attribute and the DOCTYPE. */
export function rssVersion(root: XmlElement, doctype: string | undefined, defaultNamespace?: string): string {
  if (root.local === 'RDF') {
    // the channel's namespace tells; an RDF without children is told by its default namespace
    const ns = child(root, 'channel', RSS)?.ns ?? root.children.find((node): node is XmlElement => typeof node !== 'string' && RSS.includes(node.ns as never))?.ns ?? defaultNamespace;
    return ns === NS.rss090 ? 'rss090' : 'rss10';
  }
  const version = attr(root, 'version')?.trim() ?? '';
  if (version === '0.91') return doctype && /netscape/i.test(doctype) ? 'rss091n' : 'rss091u';
  if (version === '0.92') return 'rss092';
  if (version === '0.93') return 'rss093';
  if (version === '0.94') return 'rss094';
  if (/^2(\.\d+)*$/.test(version)) return 'rss20';
  if (version === '0.90' || version === '0.9') return 'rss090';
  return 'rss';
}

/**
 * RSS 0.90–2.0 and RDF. Items live in `channel` (0.9x/2.0) or beside it under `rdf:RDF` (0.90/1.0); both
 * places are read whatever the version says, since feeds mix them up.
 */
export function parseRss(doc: XmlDocument, ctx: ParseContext, streamed?: StreamedItems): NormalizedFeed {
  const root = doc.root;
  // `<rss xmlns="http://backend.userland.com/rss2.1">` and other made-up RSS namespaces: still RSS
  if (root.local === 'rss' && !RSS.includes(root.ns as never) && /^https?:/i.test(root.ns)) renameNamespace(root, root.ns, NS.none);
  const channel = child(root, 'channel', RSS) ?? root;
  const version = rssVersion(root, doc.doctype, doc.defaultNamespace);
  const itemElements = [...childrenNamed(channel, 'item', RSS), ...(channel === root ? [] : childrenNamed(root, 'item', RSS))];

  const titleText = rendered(channel, 'title', 'auto');
  const title = titleText?.text || dublinCoreText(channel, 'title');
  const descriptionEl = child(channel, 'description', RSS);
  const descriptionText = descriptionEl ? renderText(rssTextConstruct(descriptionEl, 'html')) : undefined;
  const description = descriptionText ? descriptionText.text || undefined : (dublinCoreText(channel, 'description') ?? childText(channel, 'summary', ITUNES));
  const channelAtomLinks = atomLinks(channel);
  const link = linkOf(channel) ?? channelAtomLinks.find((l) => l.rel === 'alternate')?.href;
  const links: FeedLink[] = [];
  if (link) links.push({ href: link, rel: 'alternate' });
  for (const l of channelAtomLinks) if (!links.some((x) => x.href === l.href && x.rel === l.rel)) links.push(l);
  const feedUrl = links.find((l) => l.rel === 'self')?.href;

  const authors: FeedPerson[] = [];
  // channel <author> is not RSS 2.0, but generators write it (and Atom-minded people expect it to work)
  const editor = parsePersonText(childText(channel, 'managingEditor', RSS)) ?? parsePersonText(childText(channel, 'author', RSS)) ?? parsePersonText(childText(channel, 'webMaster', RSS));
  if (editor) authors.push(editor);
  authors.push(...dublinCoreCreators(channel));
  if (authors.length === 0) {
    const it = itunesAuthor(channel);
    if (it) authors.push(it);
  }

  // RSS 1.0 puts <image> beside <channel>; the channel's own <image rdf:resource> is only a pointer.
  const image = rssImage(channel, false) ?? (channel === root ? undefined : rssImage(root, false)) ?? extensionImage(channel) ?? rssImage(channel, true)
    ?? firstImageInHtml(descriptionText?.html);
  // a channel's dc:date is when it changed (RSS 1.0 has no pubDate): updated, not published
  const published = dateOf(channel, ctx, ['pubDate'], ['issued', 'created']);
  const updated = dateOf(channel, ctx, ['lastBuildDate'], ['modified', 'date']);
  const language = childText(channel, 'language', RSS) ?? dublinCoreText(channel, 'language');
  const copyrightText = rendered(channel, 'copyright', 'auto');
  const copyright = copyrightText?.text || dublinCoreText(channel, 'rights');
  const generator = childText(channel, 'generator', RSS) ?? attr(child(channel, 'generatorAgent', [NS.admin]) ?? channel, 'resource', NS.rdf);
  const validity = dcmiPeriod(childText(channel, 'valid', [NS.dcterms]));
  const cloudEl = child(channel, 'cloud', RSS);
  // RSS 0.90 and 1.0 put textinput beside the channel, under rdf:RDF
  const textInputEl = child(channel, 'textInput', RSS) ?? child(channel, 'textinput', RSS) ?? (channel === root ? undefined : child(root, 'textinput', RSS) ?? child(root, 'textInput', RSS));
  const rating = childText(channel, 'rating', RSS);
  const docs = childText(channel, 'docs', RSS);
  const browserFriendly = child(channel, 'browserFriendly', [NS.feedburner]);
  const newLocation = childText(child(root, 'redirect', RSS) ?? root, 'newLocation', RSS);
  const podcast = podcastInfo(channel);
  const extensions = nonEmptyObject({
    publisher: dublinCorePublisher(channel) ?? parsePersonText(childText(channel, 'webMaster', RSS)) ?? podcast?.owner,
    docs: docs ? resolveUrl(docs, channel.base) : undefined,
    cloud: cloudEl ? nonEmptyObject({ domain: attr(cloudEl, 'domain'), port: attr(cloudEl, 'port'), path: attr(cloudEl, 'path'), registerProcedure: attr(cloudEl, 'registerProcedure'), protocol: attr(cloudEl, 'protocol') }) : undefined,
    textInput: textInputEl ? nonEmptyObject({ title: childText(textInputEl, 'title', RSS), description: childText(textInputEl, 'description', RSS), name: childText(textInputEl, 'name', RSS), link: optionalUrl(childText(textInputEl, 'link', RSS), textInputEl) }) : undefined,
    info: browserFriendly ? keptDetail(renderText(rssTextConstruct(browserFriendly, 'auto'))) : undefined,
    rating,
    // RSS 1.0 names the channel by rdf:about (usually the feed's own URL).
    about: optionalUrl(attr(channel, 'about', NS.rdf), channel),
    podcast: newLocation && !podcast?.newFeedUrl ? { ...podcast, newFeedUrl: newLocation } : podcast,
    rawDates: rawDates({
      published: rawText(channel, [['pubDate', RSS], ['issued', DC_ANY], ['created', DC_ANY]]),
      updated: rawText(channel, [['lastBuildDate', RSS], ['modified', DC_ANY], ['date', DC_ANY]]),
      created: rawText(channel, [['created', [NS.dcterms]]]),
      validFrom: validity.start,
      validUntil: validity.end,
    }),
    createdAt: ctx.date(childText(channel, 'created', [NS.dcterms]), undefined, '<dcterms:created>'),
    validFrom: ctx.date(validity.start, undefined, '<dcterms:valid>'),
    validUntil: ctx.date(validity.end, undefined, '<dcterms:valid>'),
  });

  return compact({
    format: 'rss',
    version,
    title,
    description,
    link,
    feedUrl,
    links,
    language,
    publishedAt: published,
    updatedAt: updated,
    authors: dedupePeople(authors),
    contributors: nonEmpty(dublinCoreContributors(channel)),
    ...categoryFields(categoryList(channel, { rss: RSS })),
    image,
    copyright,
    details: compact({ title: keptDetail(titleText), description: keptDetail(descriptionText), copyright: keptDetail(copyrightText) }),
    generator,
    ttlMinutes: parseLength(childText(channel, 'ttl', RSS)),
    schedule: nonEmptyObject(readFeedScheduleHints(channel) ?? {}),
    extensions,
    items: withStreamed(streamed, ctx, () => itemElements.map((item) => parseRssItem(item, ctx))),
    warnings: ctx.warnings,
  });
}

/** One RSS item (also called by ItemStream as items end, before the channel is read). */
export function parseRssItem(item: XmlElement, ctx: ParseContext): FeedItem {
  // extension readers are skipped when no child is in their namespace (most items use two or three)
  const ns = childNamespaces(item);
  const hasAtom = ns.has(NS.atom) || ns.has(NS.atom03);
  const hasMedia = ns.has(NS.media);
  const hasItunes = ns.has(NS.itunes);
  const guidEl = child(item, 'guid', RSS);
  const guid = guidEl ? textContent(guidEl).trim() || undefined : undefined;
  const permalink = guidEl && attr(guidEl, 'isPermaLink')?.trim().toLowerCase() !== 'false' && guid && /^https?:\/\//i.test(guid) ? guid : undefined;
  const atomAlternates = hasAtom ? atomLinks(item) : [];
  const ownLink = linkOf(item);
  const url = ownLink ?? permalink ?? atomAlternates.find((l) => l.rel === 'alternate')?.href;
  // rdf:about is not used as an id: it is the item's URL again, already in `url`
  const id = guid ?? dublinCoreText(item, 'identifier');

  const titleText = rendered(item, 'title', 'auto');
  const title = titleText?.text || dublinCoreText(item, 'title') || (hasMedia ? mediaText(item, 'title') : undefined);
  const descriptionEl = child(item, 'description', RSS) ?? child(item, 'description', [NS.dc]);
  const summaryText = descriptionEl ? renderText(rssTextConstruct(descriptionEl, 'html')) : undefined;
  const itunesSummary = hasItunes ? childText(item, 'summary', ITUNES) ?? childText(item, 'subtitle', ITUNES) : undefined;
  const summary = summaryText ? summaryText.text : itunesSummary ?? (hasMedia ? mediaText(item, 'description') : undefined);
  const summaryHtml = summaryText?.html;
  // xhtml:body (often written without its namespace) and UserLand's <fullitem> are full content too
  const contentEl = child(item, 'encoded', CONTENT) ?? child(item, 'body', [NS.xhtml, ...RSS]) ?? child(item, 'fullitem', RSS) ?? child(item, 'content', [NS.atom]);
  const contentText = contentEl ? renderContent(rssTextConstruct(contentEl, 'html')) : undefined;
  const content = contentText?.html;

  const authors: FeedPerson[] = [];
  for (const a of childrenNamed(item, 'author', RSS)) {
    const p = parsePersonText(textContent(a));
    if (p) authors.push(p);
  }
  authors.push(...dublinCoreCreators(item));
  if (hasAtom) authors.push(...atomPeople(item, 'author'));
  if (authors.length === 0 && hasItunes) {
    const it = itunesAuthor(item);
    if (it) authors.push(it);
  }

  const enclosures: FeedEnclosure[] = [];
  for (const e of childrenNamed(item, 'enclosure', RSS)) {
    const href = attr(e, 'url') ?? attr(e, 'href');
    if (!href?.trim()) continue;
    const type = attr(e, 'type')?.trim();
    const length = parseLength(attr(e, 'length'));
    enclosures.push({ url: resolveUrl(href, e.base), type, ...(length !== undefined ? { length } : {}) });
  }
  if (hasAtom) mergeEnclosures(enclosures, atomAlternates.filter((l) => l.rel === 'enclosure').map((l) => ({ url: l.href, ...(l.type ? { type: l.type } : {}), ...(l.length !== undefined ? { length: l.length } : {}) })));
  if (hasMedia) mergeEnclosures(enclosures, mediaEnclosures(item));

  const links: FeedLink[] = [];
  if (url) links.push({ href: url, rel: 'alternate' });
  for (const l of atomAlternates) if (!links.some((x) => x.href === l.href && x.rel === l.rel)) links.push(l);
  const comments = childText(item, 'comments', RSS);
  if (comments) links.push({ href: resolveUrl(comments, item.base), rel: 'replies', type: 'text/html' });

  const image = (hasMedia || hasItunes ? extensionImage(item) : undefined) ?? enclosureImage(enclosures) ?? firstImageInHtml(content ?? summaryHtml);
  const published = dateOf(item, ctx, ['pubDate'], ['date', 'issued', 'created']) ?? (hasAtom ? atomDate(item, ctx, 'published') : undefined);
  const updated = dateOf(item, ctx, [], ['modified']) ?? (hasAtom ? atomDate(item, ctx, 'updated') : undefined);
  const language = dublinCoreText(item, 'language') ?? item.lang;
  const license = attr((ns.has(NS.cc) ? child(item, 'license', [NS.cc]) : undefined) ?? item, 'resource', NS.rdf) ?? (ns.has(NS.creativeCommons) ? childText(item, 'license', [NS.creativeCommons]) : undefined);
  const extensions = nonEmptyObject({
    publisher: dublinCorePublisher(item),
    podcast: hasItunes ? podcastInfo(item) : undefined,
    rawDates: rawDates({
      published: rawText(item, [['pubDate', RSS], ['date', DC_ANY], ['issued', DC_ANY], ['created', DC_ANY], ['published', [NS.atom]]]),
      updated: rawText(item, [['modified', DC_ANY], ['updated', [NS.atom]]]),
      created: rawText(item, [['created', [NS.dcterms]]]),
      expires: rawText(item, [['expirationDate', RSS]]),
    }),
    createdAt: ctx.date(childText(item, 'created', [NS.dcterms]), undefined, '<dcterms:created>'),
    expiresAt: ctx.date(childText(item, 'expirationDate', RSS), undefined, '<expirationDate>'),
    license: license?.trim() || undefined,
    commentsFeed: ns.has(NS.wfw) ? optionalUrl(childText(item, 'commentRss', [NS.wfw]) ?? childText(item, 'commentRSS', [NS.wfw]), item) : undefined,
    commentApi: ns.has(NS.wfw) ? optionalUrl(childText(item, 'comment', [NS.wfw]), item) : undefined,
    geo: ns.has(NS.georss) || ns.has(NS.gml) ? geoShape(item) : undefined,
    chapters: ns.has(NS.psc) ? chapters(item) : undefined,
    guidIsLink: url !== undefined && url === permalink && ownLink === undefined ? true : undefined,
    mediaThumbnails: hasMedia ? mediaThumbnails(item) : undefined,
    mediaPlayer: hasMedia ? mediaPlayer(item) : undefined,
    inReplyTo: ns.has(NS.thr) ? inReplyTo(item) : undefined,
  });

  return compact({
    id,
    url,
    title,
    summary,
    summaryHtml,
    contentHtml: content,
    details: compact({ title: keptDetail(titleText), summary: keptDetail(summaryText), content: keptDetail(contentText) }),
    publishedAt: published,
    updatedAt: updated,
    authors: dedupePeople(authors),
    contributors: nonEmpty(dublinCoreContributors(item)),
    source: rssSource(item),
    ...categoryFields(categoryList(item, { rss: RSS })),
    enclosures,
    links,
    image,
    language,
    copyright: dublinCoreText(item, 'rights'),
    extensions,
  });
}

/** media:title / media:description, directly or in a media:group (video feeds put the item's text there). */
function mediaText(item: XmlElement, local: string): string | undefined {
  const group = child(item, 'group', [NS.media]);
  return childText(item, local, [NS.media]) ?? (group ? childText(group, local, [NS.media]) : undefined);
}

function optionalUrl(value: string | undefined, el: XmlElement): string | undefined {
  return value ? resolveUrl(value, el.base) : undefined;
}

function rendered(el: XmlElement, local: string, convention: 'auto' | 'html'): RenderedText | undefined {
  const found = child(el, local, RSS);
  return found ? renderText(rssTextConstruct(found, convention)) : undefined;
}

/** `<link>` text, or an `href` attribute written by tools that confuse RSS with Atom. */
function linkOf(el: XmlElement): string | undefined {
  for (const l of childrenNamed(el, 'link', RSS)) {
    const value = textContent(l).trim() || attr(l, 'href')?.trim();
    if (value) return resolveUrl(value, l.base);
  }
  return undefined;
}

function rssImage(el: XmlElement, allowResourcePointer: boolean): NormalizedFeed['image'] {
  const image = child(el, 'image', RSS);
  if (!image) return undefined;
  const url = childText(image, 'url', RSS) ?? (allowResourcePointer ? attr(image, 'resource', NS.rdf) : undefined);
  if (!url) return undefined;
  const title = childText(image, 'title', RSS);
  const link = childText(image, 'link', RSS);
  const width = parseLength(childText(image, 'width', RSS));
  const height = parseLength(childText(image, 'height', RSS));
  const description = childText(image, 'description', RSS);
  return compact({ url: resolveUrl(url, image.base), title, link: link ? resolveUrl(link, image.base) : undefined, width, height, description });
}

function enclosureImage(enclosures: FeedEnclosure[]): FeedItem['image'] {
  const e = enclosures.find((x) => x.type?.startsWith('image/'));
  return e ? { url: e.url } : undefined;
}

function dateOf(el: XmlElement, ctx: ParseContext, rssLocals: string[], dcLocals: string[]): Date | undefined {
  for (const local of rssLocals) {
    const found = child(el, local, RSS);
    const value = found ? textContent(found).trim() : '';
    if (found && value) return ctx.date(value, found, `<${local}>`);
  }
  const dc = dublinCoreDate(el, dcLocals);
  return dc ? ctx.date(dc.value, dc.el, `<${dc.el.qname}>`) : undefined;
}

function atomDate(el: XmlElement, ctx: ParseContext, local: 'updated' | 'published'): Date | undefined {
  const found = child(el, local, [NS.atom]);
  return found ? ctx.date(textContent(found), found, `<${found.qname}>`) : undefined;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** RSS 2.0 `<source url="feed URL">Publisher</source>`. */
function rssSource(item: XmlElement): FeedItem['source'] {
  const source = child(item, 'source', RSS);
  if (!source) return undefined;
  const title = textContent(source).replace(/\s+/g, ' ').trim();
  const url = attr(source, 'url')?.trim();
  if (!title && !url) return undefined;
  return { ...(title ? { title } : {}), ...(url ? { feedUrl: resolveUrl(url, source.base) } : {}) };
}
