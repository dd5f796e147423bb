import type { FeedCategory, FeedEnclosure, FeedImage, FeedLink, FeedPerson } from '../../domain/feed.js';
import { uniqueStrings } from './parse-context.js';
import { NS } from './namespaces.js';
import { parseLength } from './parse-context.js';
import { makePerson, parsePersonText } from './parse-person.js';
import { resolveUrl } from './resolve-url.js';
import { attr, childrenNamed, childText, hasElementChildren, textContent } from './xml-query.js';
import type { XmlElement } from './xml-document.js';

const DC = [NS.dc] as const;
const DC_ANY = [NS.dc, NS.dcterms] as const;
const MEDIA = [NS.media] as const;
const ITUNES = [NS.itunes] as const;
const ATOM = [NS.atom, NS.atom03] as const;

/** Dublin Core creators (each `dc:creator` is one person) and `dc:contributor`s are not authors. */
export function dublinCoreCreators(el: XmlElement): FeedPerson[] {
  return [...childrenNamed(el, 'creator', DC_ANY), ...childrenNamed(el, 'author', DC_ANY)]
    .map((c) => parsePersonText(textContent(c)))
    .filter((p): p is FeedPerson => p !== undefined);
}

export function dublinCoreText(el: XmlElement, local: string): string | undefined {
  return childText(el, local, DC) ?? childText(el, local, [NS.dcterms]);
}

/** First `dc:date`-like element (dc:date, dcterms:modified/issued/created...) with its element for warnings. */
export function dublinCoreDate(el: XmlElement, locals: string[]): { value: string; el: XmlElement } | undefined {
  for (const local of locals) {
    for (const c of childrenNamed(el, local, DC_ANY)) {
      const value = textContent(c).trim();
      if (value) return { value, el: c };
    }
  }
  return undefined;
}

/** `atom:link` elements (also used inside RSS for rel=self / hub / enclosure). */
export function atomLinks(el: XmlElement, namespaces: readonly string[] = ATOM): FeedLink[] {
  const links: FeedLink[] = [];
  for (const link of childrenNamed(el, 'link', namespaces)) {
    // Atom 0.3 writers sometimes put the URL in the element's text instead of href
    const written = attr(link, 'href') ?? (hasElementChildren(link) ? undefined : textContent(link));
    // an empty reference is the base document itself (RFC 3986 §5.2)
    const href = written?.trim() === '' && link.base ? link.base : written;
    if (href === undefined || href.trim() === '') continue;
    const rel = attr(link, 'rel')?.trim() || 'alternate';
    const type = attr(link, 'type')?.trim();
    const title = attr(link, 'title')?.trim();
    const length = parseLength(attr(link, 'length'));
    const hreflang = attr(link, 'hreflang')?.trim();
    links.push({
      href: resolveUrl(href, link.base),
      rel,
      ...(type ? { type } : {}),
      ...(title ? { title } : {}),
      ...(length !== undefined ? { length } : {}),
      ...(hreflang ? { hreflang } : {}),
    });
  }
  return links;
}

/** media:content (directly or grouped in media:group) that is not an image → enclosures (images are the item's picture). */
export function mediaEnclosures(el: XmlElement): FeedEnclosure[] {
  return mediaContents(el).filter((e) => !isImage(e));
}

function isImage(e: FeedEnclosure): boolean {
  return e.type === 'image' || (e.type?.startsWith('image/') ?? false);
}

function mediaContents(el: XmlElement): FeedEnclosure[] {
  const contents = [...childrenNamed(el, 'content', MEDIA)];
  for (const group of childrenNamed(el, 'group', MEDIA)) contents.push(...childrenNamed(group, 'content', MEDIA));
  const out: FeedEnclosure[] = [];
  for (const c of contents) {
    const url = attr(c, 'url');
    if (!url?.trim()) continue;
    const type = attr(c, 'type')?.trim() || mediumType(attr(c, 'medium'));
    const length = parseLength(attr(c, 'fileSize'));
    out.push({ url: resolveUrl(url, c.base), ...(type ? { type } : {}), ...(length !== undefined ? { length } : {}) });
  }
  return out;
}

function mediumType(medium: string | undefined): string | undefined {
  const m = medium?.trim().toLowerCase();
  return m === 'image' || m === 'video' || m === 'audio' ? m : undefined;
}

/** The item/feed picture: media:thumbnail, then itunes:image, then an image media:content. */
export function extensionImage(el: XmlElement): FeedImage | undefined {
  const thumbs = [...childrenNamed(el, 'thumbnail', MEDIA)];
  for (const group of childrenNamed(el, 'group', MEDIA)) thumbs.push(...childrenNamed(group, 'thumbnail', MEDIA));
  for (const t of thumbs) {
    const url = attr(t, 'url');
    if (url?.trim()) return { url: resolveUrl(url, t.base) };
  }
  for (const image of childrenNamed(el, 'image', ITUNES)) {
    const href = attr(image, 'href') ?? attr(image, 'url') ?? textContent(image);
    if (href.trim()) return { url: resolveUrl(href, image.base) };
  }
  // the early iTunes spec's <itunes:link rel="image" href>
  for (const link of childrenNamed(el, 'link', ITUNES)) {
    const href = attr(link, 'rel')?.trim() === 'image' ? attr(link, 'href') : undefined;
    if (href?.trim()) return { url: resolveUrl(href, link.base) };
  }
  for (const enclosure of mediaContents(el)) {
    if (isImage(enclosure)) return { url: enclosure.url };
  }
  return undefined;
}

export function itunesAuthor(el: XmlElement): FeedPerson | undefined {
  return parsePersonText(childText(el, 'author', ITUNES));
}

/** Appends enclosures not already present (same URL). */
export function mergeEnclosures(target: FeedEnclosure[], extra: FeedEnclosure[]): FeedEnclosure[] {
  for (const e of extra) if (!target.some((t) => t.url === e.url)) target.push(e);
  return target;
}

/** itunes:keywords is a comma-separated list (podcast tags). */
export function itunesKeywords(el: XmlElement): string[] {
  return (childText(el, 'keywords', ITUNES) ?? '').split(',');
}

/** Atom person constructs (author/contributor). */
export function atomPeople(el: XmlElement, local: 'author' | 'contributor', namespaces: readonly string[] = ATOM): FeedPerson[] {
  const out: FeedPerson[] = [];
  for (const p of childrenNamed(el, local, namespaces)) {
    const uri = childText(p, 'uri', namespaces) ?? childText(p, 'url', namespaces) ?? childText(p, 'homepage', namespaces);
    const person = makePerson(childText(p, 'name', namespaces), childText(p, 'email', namespaces), uri ? resolveUrl(uri, p.base) : undefined);
    if (person) out.push(person);
  }
  return out;
}

const FIRST_IMG = /<img\b[^>]*?\ssrc="([^"]+)"/i;

/** The first image of sanitized HTML (a lead image when the feed names none). */
export function firstImageInHtml(html: string | undefined): FeedImage | undefined {
  const src = html ? FIRST_IMG.exec(html)?.[1] : undefined;
  return src ? { url: src.replace(/&amp;/g, '&') } : undefined;
}

/** dc:contributor people. */
export function dublinCoreContributors(el: XmlElement): FeedPerson[] {
  return childrenNamed(el, 'contributor', DC_ANY)
    .map((c) => parsePersonText(textContent(c)))
    .filter((p): p is FeedPerson => p !== undefined);
}

const ITUNES_SCHEME = 'http://www.itunes.com/';
const MEDIA_CATEGORY_SCHEME = 'http://search.yahoo.com/mrss/category_schema';

function category(term: string | undefined, scheme?: string, label?: string): FeedCategory | undefined {
  const t = term?.replace(/\s+/g, ' ').trim();
  const l = label?.replace(/\s+/g, ' ').trim();
  if (!t && !l) return undefined;
  const s = scheme?.trim();
  return { term: t || (l as string), ...(s ? { scheme: s } : {}), ...(l ? { label: l } : {}) };
}

/** Every category-like element of an item or channel, in document order of kind. */
export function categoryList(el: XmlElement, kinds: { rss?: readonly string[]; atom?: readonly string[] }): FeedCategory[] {
  if (onlyRssCategories(el, kinds.rss)) return dedupeCategories(childrenNamed(el, 'category', kinds.rss ?? []).map((c) => category(textContent(c), attr(c, 'domain'))));
  const out: (FeedCategory | undefined)[] = [];
  if (kinds.rss) for (const c of childrenNamed(el, 'category', kinds.rss)) out.push(category(textContent(c), attr(c, 'domain')));
  for (const keyword of itunesKeywords(el)) out.push(category(keyword, ITUNES_SCHEME));
  const walk = (parent: XmlElement): void => {
    for (const c of childrenNamed(parent, 'category', ITUNES)) {
      out.push(category(attr(c, 'text'), ITUNES_SCHEME));
      walk(c);
    }
  };
  walk(el);
  for (const c of childrenNamed(el, 'subject', DC_ANY)) out.push(category(textContent(c)));
  for (const c of childrenNamed(el, 'category', kinds.atom ?? ATOM)) out.push(category(attr(c, 'term') ?? textContent(c), attr(c, 'scheme'), attr(c, 'label')));
  for (const c of childrenNamed(el, 'category', MEDIA)) out.push(category(textContent(c), attr(c, 'scheme') ?? MEDIA_CATEGORY_SCHEME, attr(c, 'label')));
  return dedupeCategories(out);
}

/** No child but RSS `<category>` elements could give a category (the usual item): the other kinds need not be looked for. */
function onlyRssCategories(el: XmlElement, rss: readonly string[] | undefined): boolean {
  for (const node of el.children) {
    if (typeof node === 'string') continue;
    const local = node.local;
    if (local === 'keywords' || local === 'subject' || (local === 'category' && !rss?.includes(node.ns))) return false;
  }
  return true;
}

/** Blank ones dropped, the first of each term and scheme kept. */
function dedupeCategories(out: (FeedCategory | undefined)[]): FeedCategory[] {
  const seen = new Set<string>();
  return out.filter((c): c is FeedCategory => {
    if (!c) return false;
    const key = `${c.term}\u0000${c.scheme ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The model's two views of categories: display strings (label, else term) and, when informative, the details. */
export function categoryFields(list: FeedCategory[]): { categories: string[]; categoryDetails?: FeedCategory[] } {
  const categories = uniqueStrings(list.map((c) => c.label ?? c.term));
  return list.some((c) => c.scheme !== undefined || c.label !== undefined) ? { categories, categoryDetails: list } : { categories };
}
