import type { FeedEnclosure, FeedItem, FeedLink, FeedPerson, NormalizedFeed } from '../../domain/feed.js';
import { NS } from './namespaces.js';
import { compact, type ParseContext, uniqueStrings } from './parse-context.js';
import { dedupePeople } from './parse-person.js';
import { resolveUrl } from './resolve-url.js';
import { atomTextConstruct, contentHtml, plainText, safeHtml } from './text-construct.js';
import { attr, child, childrenNamed, childText, textContent } from './xml-query.js';
import type { XmlDocument, XmlElement } from './xml-document.js';
import {
  atomCategories, atomLinks, atomPeople, dublinCoreCreators, firstImageInHtml, dublinCoreDate, dublinCoreSubjects, dublinCoreText, extensionImage, mediaEnclosures,
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
export function parseAtom(doc: XmlDocument, ctx: ParseContext): NormalizedFeed {
  const root = doc.root;
  const isEntryDocument = root.local === 'entry';
  const feed = root;
  const title = textConstruct(feed, 'title');
  const subtitle = child(feed, 'subtitle', ATOM) ?? child(feed, 'tagline', ATOM);
  const description = subtitle ? plainOf(subtitle) : dublinCoreText(feed, 'description');
  const links = atomLinks(feed, ATOM);
  const link = alternateLink(links);
  const feedUrl = links.find((l) => l.rel === 'self')?.href;
  const rightsEl = child(feed, 'rights', ATOM) ?? child(feed, 'copyright', ATOM);
  const copyright = rightsEl ? plainOf(rightsEl) : dublinCoreText(feed, 'rights');
  const generatorEl = child(feed, 'generator', ATOM);
  // "Name v1.2": the version is part of what a generator is; its URI is not a name
  const generator = generatorEl
    ? [textContent(generatorEl).trim(), attr(generatorEl, 'version')?.trim().replace(/^(?=\d)/, 'v')].filter(Boolean).join(' ') || attr(generatorEl, 'uri')?.trim() || undefined
    : undefined;
  const logo = childText(feed, 'logo', ATOM) ?? childText(feed, 'icon', ATOM);
  const logoEl = child(feed, 'logo', ATOM) ?? child(feed, 'icon', ATOM);
  const image = logo && logoEl ? { url: resolveUrl(logo, logoEl.base) } : extensionImage(feed);
  const language = feed.lang ?? dublinCoreText(feed, 'language');
  const updated = dateOf(feed, ctx, ['updated', 'modified'], ['modified', 'date']);
  const published = dateOf(feed, ctx, ['published', 'issued', 'created'], ['issued', 'created']);

  return compact({
    format: 'atom',
    version: atomVersion(root),
    ...(title && !isEntryDocument ? { title } : {}),
    ...(description && !isEntryDocument ? { description } : {}),
    ...(link && !isEntryDocument ? { link } : {}),
    ...(feedUrl && !isEntryDocument ? { feedUrl } : {}),
    links: isEntryDocument ? [] : links,
    language,
    ...(published && !isEntryDocument ? { publishedAt: published } : {}),
    ...(updated && !isEntryDocument ? { updatedAt: updated } : {}),
    authors: isEntryDocument ? [] : people(feed, 'author'),
    categories: isEntryDocument ? [] : categories(feed),
    ...(image && !isEntryDocument ? { image } : {}),
    ...(copyright && !isEntryDocument ? { copyright } : {}),
    ...(generator && !isEntryDocument ? { generator } : {}),
    items: isEntryDocument ? [parseEntry(root, ctx)] : childrenNamed(feed, 'entry', ATOM).map((e) => parseEntry(e, ctx)),
    warnings: ctx.warnings,
  });
}

function parseEntry(entry: XmlElement, ctx: ParseContext): FeedItem {
  const id = childText(entry, 'id', ATOM) ?? dublinCoreText(entry, 'identifier');
  const links = atomLinks(entry, ATOM);
  const url = alternateLink(links);
  const title = textConstruct(entry, 'title') ?? dublinCoreText(entry, 'title');
  const summaryEl = child(entry, 'summary', ATOM);
  const summaryTc = summaryEl ? atomTextConstruct(summaryEl) : undefined;
  const summary = summaryTc ? plainText(summaryTc) || undefined : dublinCoreText(entry, 'description');
  const summaryHtml = summaryTc ? safeHtml(summaryTc) : undefined;
  const contentEl = child(entry, 'content', ATOM);
  const contentTc = contentEl && !attr(contentEl, 'src') ? atomTextConstruct(contentEl) : undefined;
  const content = contentTc ? contentHtml(contentTc) : undefined;

  const enclosures: FeedEnclosure[] = links
    .filter((l) => l.rel === 'enclosure')
    .map((l) => ({ url: l.href, ...(l.type ? { type: l.type } : {}), ...(l.length !== undefined ? { length: l.length } : {}) }));
  mergeEnclosures(enclosures, mediaEnclosures(entry));
  const image = extensionImage(entry) ?? firstImageInHtml(content ?? summaryHtml);
  const published = dateOf(entry, ctx, ['published', 'issued', 'created'], ['issued', 'created', 'date']);
  const updated = dateOf(entry, ctx, ['updated', 'modified'], ['modified']);
  const language = contentEl?.lang ?? entry.lang;

  return compact({
    id,
    url,
    title,
    summary,
    summaryHtml,
    contentHtml: content,
    publishedAt: published,
    updatedAt: updated,
    authors: people(entry, 'author'),
    categories: categories(entry),
    enclosures,
    links,
    image,
    language,
  });
}

/** The page link: rel=alternate preferring HTML, as RFC 4287 §4.2.7.2 intends. */
function alternateLink(links: FeedLink[]): string | undefined {
  const alternates = links.filter((l) => l.rel === 'alternate');
  return (alternates.find((l) => !l.type || /html/i.test(l.type)) ?? alternates[0])?.href;
}

function textConstruct(el: XmlElement, local: string): string | undefined {
  const found = child(el, local, ATOM);
  return found ? plainOf(found) : undefined;
}

function plainOf(el: XmlElement): string | undefined {
  const tc = atomTextConstruct(el);
  return tc ? plainText(tc) || undefined : undefined;
}

function people(el: XmlElement, local: 'author' | 'contributor'): FeedPerson[] {
  const out = atomPeople(el, local, ATOM);
  if (local === 'author') out.push(...dublinCoreCreators(el));
  return dedupePeople(out);
}

/** Category label (human-readable) when given, else the term. */
function categories(el: XmlElement): string[] {
  return uniqueStrings([...atomCategories(el, ATOM), ...dublinCoreSubjects(el)]);
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
