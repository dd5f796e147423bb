import type { FeedCategory, FeedEnclosure, FeedItem, FeedLink, FeedPerson, FeedSource, NormalizedFeed } from '../../domain/feed.js';
import { NS } from './namespaces.js';
import { compact, type ParseContext, type StreamedItems, withStreamed } from './parse-context.js';
import { dedupePeople } from './parse-person.js';
import { resolveUrl } from './resolve-url.js';
import { atomTextConstruct, keptDetail, type RenderedText, renderContent, renderText } from './text-construct.js';
import { attr, child, childrenNamed, childText, renameNamespace, textContent } from './xml-query.js';
import type { XmlDocument, XmlElement } from './xml-document.js';
import { inReplyTo } from './in-reply-to.js';
import { mediaPlayer, mediaThumbnails } from './media-references.js';
import { chapters, dublinCorePublisher, generatorDetail, geoShape, nonEmptyObject, podcastInfo, rawDates, rawText } from './feed-meta.js';
import {
  atomLinks, atomPeople, categoryFields, categoryList, dublinCoreContributors, dublinCoreCreators, firstImageInHtml, dublinCoreDate, dublinCoreText, extensionImage, mediaEnclosures,
  mergeEnclosures,
} from './feed-extensions.js';

/** Atom 1.0, Atom 0.3 and namespace-less Atom-like feeds: elements are matched in any of these. */
const ATOM = [NS.atom, NS.atom03, NS.none] as const;

export function atomVersion(root: XmlElement): string {
  if (root.ns === NS.atom) return 'atom10';
  if (root.ns === NS.atom03 || attr(root, 'version')?.trim() === '0.3') return 'atom03';
  return 'atom';
}

/**
 * Atom 1.0 (RFC 4287) and Atom 0.3 (tagline, copyright, issued, modified, content mode). A bare
 * `<entry>` document is read as a one-item feed.
 */
export function parseAtom(doc: XmlDocument, ctx: ParseContext, streamed?: StreamedItems): NormalizedFeed {
  const root = doc.root;
  if (root.ns !== NS.atom && root.ns !== NS.atom03 && root.ns !== NS.none) {
    // `<feed xmlns="http://example.com/newformat#">`: read it as Atom rather than lose it (feedparser does too)
    renameNamespace(root, root.ns, attr(root, 'version')?.trim() === '0.3' ? NS.atom03 : NS.atom);
  }
  if (root.local === 'entry') {
    return { format: 'atom', version: atomVersion(root), links: [], authors: [], categories: [], items: [parseAtomEntry(root, ctx)], warnings: ctx.warnings };
  }
  const feed = root;
  const titleText = rendered(feed, ['title']);
  const descriptionText = rendered(feed, ['subtitle', 'tagline']);
  const copyrightText = rendered(feed, ['rights', 'copyright']);
  const links = atomLinks(feed, ATOM);
  const generatorEl = child(feed, 'generator', ATOM);
  // "Name v1.2": the version is part of what a generator is; its URI is not a name
  const generator = generatorEl
    ? [textContent(generatorEl).trim(), attr(generatorEl, 'version')?.trim().replace(/^(?=\d)/, 'v')].filter(Boolean).join(' ') || attr(generatorEl, 'uri')?.trim() || undefined
    : undefined;
  const logoEl = [child(feed, 'logo', ATOM), child(feed, 'icon', ATOM)].find((el) => el && textContent(el).trim() !== '');
  const image = logoEl ? { url: resolveUrl(textContent(logoEl), logoEl.base) } : extensionImage(feed);
  const infoEl = child(feed, 'info', ATOM);
  const infoTc = infoEl ? atomTextConstruct(infoEl) : undefined;
  const podcast = podcastInfo(feed);
  const extensions = nonEmptyObject({
    publisher: dublinCorePublisher(feed) ?? podcast?.owner,
    generator: generatorDetail(generatorEl),
    icon: urlOf(feed, 'icon'),
    logo: urlOf(feed, 'logo'),
    info: infoTc ? keptDetail(renderText(infoTc)) : undefined,
    podcast,
    rawDates: rawDates({ published: rawText(feed, DATES.published), updated: rawText(feed, DATES.updated), created: rawText(feed, DATES.created) }),
    inReplyTo: inReplyTo(feed),
  });

  return compact({
    format: 'atom',
    version: atomVersion(root),
    id: childText(feed, 'id', ATOM),
    title: titleText?.text,
    description: descriptionText ? descriptionText.text : dublinCoreText(feed, 'description'),
    link: alternateLink(links),
    feedUrl: links.find((l) => l.rel === 'self')?.href,
    links,
    language: feed.lang ?? dublinCoreText(feed, 'language'),
    publishedAt: dateOf(feed, ctx, ['published', 'issued', 'created'], ['issued', 'created']),
    updatedAt: dateOf(feed, ctx, ['updated', 'modified'], ['modified', 'date']),
    authors: people(feed, 'author'),
    contributors: contributors(feed),
    ...categories(feed),
    image,
    copyright: copyrightText ? copyrightText.text : dublinCoreText(feed, 'rights'),
    generator,
    details: compact({ title: keptDetail(titleText), description: keptDetail(descriptionText), copyright: keptDetail(copyrightText) }),
    extensions,
    items: withStreamed(streamed, ctx, () => childrenNamed(feed, 'entry', ATOM).map((e) => parseAtomEntry(e, ctx))),
    warnings: ctx.warnings,
  });
}

/** One Atom entry (also called by ItemStream as entries end, before the feed head is read). */
export function parseAtomEntry(entry: XmlElement, ctx: ParseContext): FeedItem {
  const id = childText(entry, 'id', ATOM) ?? dublinCoreText(entry, 'identifier');
  const links = atomLinks(entry, ATOM);
  const url = alternateLink(links);
  const titleText = rendered(entry, ['title']);
  const title = titleText?.text || dublinCoreText(entry, 'title');
  const summaryText = rendered(entry, ['summary']);
  const rightsText = rendered(entry, ['rights', 'copyright']);
  const summary = summaryText ? summaryText.text : dublinCoreText(entry, 'description');
  const summaryHtml = summaryText?.html;
  const contentEl = child(entry, 'content', ATOM);
  const contentTc = contentEl && !attr(contentEl, 'src') ? atomTextConstruct(contentEl) : undefined;
  const contentText = contentTc ? renderContent(contentTc) : undefined;
  const content = contentText?.html;
  const otherContents = childrenNamed(entry, 'content', ATOM).slice(1).flatMap((el) => {
    const tc = attr(el, 'src') ? undefined : atomTextConstruct(el);
    const detail = tc ? keptDetail(renderContent(tc)) : undefined;
    return detail ? [detail] : [];
  });

  const enclosures: FeedEnclosure[] = links
    .filter((l) => l.rel === 'enclosure')
    .map((l) => ({ url: l.href, ...(l.type ? { type: l.type } : {}), ...(l.length !== undefined ? { length: l.length } : {}) }));
  mergeEnclosures(enclosures, mediaEnclosures(entry));
  const image = extensionImage(entry) ?? firstImageInHtml(content ?? summaryHtml);
  const published = dateOf(entry, ctx, ['published', 'issued', 'created'], ['issued', 'created', 'date']);
  const updated = dateOf(entry, ctx, ['updated', 'modified'], ['modified']);
  const language = contentEl?.lang ?? entry.lang;
  const contentSource = contentEl ? attr(contentEl, 'src')?.trim() : undefined;
  const extensions = nonEmptyObject({
    publisher: dublinCorePublisher(entry),
    podcast: podcastInfo(entry),
    rawDates: rawDates({ published: rawText(entry, DATES.published), updated: rawText(entry, DATES.updated), created: rawText(entry, DATES.created) }),
    createdAt: dateOf(entry, ctx, ['created'], ['created']),
    contentSource: contentSource ? resolveUrl(contentSource, contentEl?.base) : undefined,
    otherContents: otherContents.length > 0 ? otherContents : undefined,
    geo: geoShape(entry),
    chapters: chapters(entry),
    mediaThumbnails: mediaThumbnails(entry),
    mediaPlayer: mediaPlayer(entry),
    inReplyTo: inReplyTo(entry),
  });

  return compact({
    id,
    url,
    title,
    summary,
    summaryHtml,
    contentHtml: content,
    copyright: rightsText ? rightsText.text || undefined : dublinCoreText(entry, 'rights'),
    source: atomSource(entry, ctx),
    details: compact({ title: keptDetail(titleText), summary: keptDetail(summaryText), content: keptDetail(contentText), copyright: keptDetail(rightsText) }),
    publishedAt: published,
    updatedAt: updated,
    authors: people(entry, 'author'),
    contributors: contributors(entry),
    ...categories(entry),
    enclosures,
    links,
    image,
    language,
    extensions,
  });
}

/** Where each raw date string is read from (the same order dateOf uses). */
const DATES: Record<'published' | 'updated' | 'created', [string, readonly string[]][]> = {
  published: [['published', ATOM], ['issued', ATOM], ['created', ATOM], ['issued', [NS.dc, NS.dcterms]], ['created', [NS.dc, NS.dcterms]], ['date', [NS.dc, NS.dcterms]]],
  updated: [['updated', ATOM], ['modified', ATOM], ['modified', [NS.dc, NS.dcterms]], ['date', [NS.dc, NS.dcterms]]],
  created: [['created', ATOM], ['created', [NS.dcterms]]],
};

function urlOf(el: XmlElement, local: string): string | undefined {
  const found = child(el, local, ATOM);
  const value = found ? textContent(found).trim() : '';
  return found && value ? resolveUrl(value, found.base) : undefined;
}

/** The page link: rel=alternate preferring HTML, as RFC 4287 §4.2.7.2 intends. */
function alternateLink(links: FeedLink[]): string | undefined {
  const alternates = links.filter((l) => l.rel === 'alternate');
  return (alternates.find((l) => !l.type || /html/i.test(l.type)) ?? alternates[0])?.href;
}

function rendered(el: XmlElement, locals: string[]): RenderedText | undefined {
  for (const local of locals) {
    const found = child(el, local, ATOM);
    const tc = found ? atomTextConstruct(found) : undefined;
    if (tc) return renderText(tc);
  }
  return undefined;
}

function people(el: XmlElement, local: 'author' | 'contributor'): FeedPerson[] {
  const out = atomPeople(el, local, ATOM);
  out.push(...(local === 'author' ? dublinCoreCreators(el) : dublinCoreContributors(el)));
  return dedupePeople(out);
}

/** Contributors, or undefined when there are none (the field is optional in the model). */
function contributors(el: XmlElement): FeedPerson[] | undefined {
  const list = people(el, 'contributor');
  return list.length > 0 ? list : undefined;
}

/** Category label (human-readable) when given, else the term; details keep scheme and term. */
function categories(el: XmlElement): { categories: string[]; categoryDetails?: FeedCategory[] } {
  return categoryFields(categoryList(el, { atom: ATOM }));
}

function dateOf(el: XmlElement, ctx: ParseContext, atomLocals: string[], dcLocals: string[]): Date | undefined {
  for (const local of atomLocals) {
    const found = child(el, local, ATOM);
    const value = found ? textContent(found).trim() : '';
    if (found && value) return ctx.date(value, found, `<${found.qname}>`);
  }
  const dc = dublinCoreDate(el, dcLocals);
  return dc ? ctx.date(dc.value, dc.el, `<${dc.el.qname}>`) : undefined;
}

/** Atom `<source>`: the head of the feed an entry was copied from. */
function atomSource(entry: XmlElement, ctx: ParseContext): FeedSource | undefined {
  const source = child(entry, 'source', ATOM);
  if (!source) return undefined;
  const links = atomLinks(source, ATOM);
  const authors = people(source, 'author');
  const titleText = rendered(source, ['title']);
  const descriptionText = rendered(source, ['subtitle', 'tagline']);
  const copyrightText = rendered(source, ['rights', 'copyright']);
  const generatorEl = child(source, 'generator', ATOM);
  const updated = child(source, 'updated', ATOM) ?? child(source, 'modified', ATOM);
  const result = compact<FeedSource>({
    title: titleText?.text,
    url: alternateLink(links),
    feedUrl: links.find((l) => l.rel === 'self')?.href,
    id: childText(source, 'id', ATOM),
    links: links.length > 0 ? links : undefined,
    authors: authors.length > 0 ? authors : undefined,
    description: descriptionText?.text,
    copyright: copyrightText?.text,
    generator: generatorDetail(generatorEl),
    icon: urlOf(source, 'icon'),
    logo: urlOf(source, 'logo'),
    updatedAt: updated ? ctx.date(textContent(updated), updated, `<${updated.qname}>`) : undefined,
    contributors: contributors(source),
    categoryDetails: nonEmptyList(categoryList(source, { atom: ATOM })),
    details: nonEmptyObject({ title: keptDetail(titleText), description: keptDetail(descriptionText), copyright: keptDetail(copyrightText) }),
  });
  return Object.keys(result).length > 0 ? result : undefined;
}

function nonEmptyList<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}
