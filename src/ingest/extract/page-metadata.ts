import type { DomDocument } from './dom-types.js';
import { findJsonLdArticle, jsonLdAuthorNames, jsonLdImage, jsonLdList, jsonString, type JsonLdImage } from './json-ld.js';

export interface PageMetadata {
  headline?: string;
  authorNames: string[];
  published?: string;
  modified?: string;
  language?: string;
  siteName?: string;
  section?: string;
  tags: string[];
  description?: string;
  canonicalUrl?: string;
  leadImage?: JsonLdImage;
  articleBody?: string;
}

function metaMap(document: DomDocument): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (content === null || !content.trim()) continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')];
    for (const key of keys) {
      if (!key) continue;
      // "og:title twitter:title": one tag can carry several space-separated properties.
      for (const k of key.toLowerCase().split(/\s+/)) {
        const list = map.get(k) ?? [];
        list.push(content.trim());
        map.set(k, list);
      }
    }
  }
  return map;
}

function normalizeLanguage(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const tag = raw.trim().split(/[\s,;]/)[0]?.replace(/_/g, '-') ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return undefined;
  const [lang = '', ...rest] = tag.split('-');
  return [lang.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

/**
 * What the page says about itself, strongest source first: JSON-LD (NewsArticle), then OpenGraph/article:*,
 * then plain meta tags (author, description, keywords, Dublin Core, Parse.ly), then `<html lang>` and
 * `<time>`. Read from the untouched document, before Readability rewrites it.
 */
export function readPageMetadata(document: DomDocument): PageMetadata {
  const ld = findJsonLdArticle(document);
  const meta = metaMap(document);
  const one = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = meta.get(key)?.[0];
      if (value) return value;
    }
    return undefined;
  };
  const all = (...keys: string[]): string[] => keys.flatMap((k) => meta.get(k) ?? []);

  const ldAuthors = ld ? jsonLdAuthorNames(ld.author ?? ld.creator) : [];
  // The first source that names anyone, in Readability's order (Dublin Core before the plain author tag).
  const metaAuthors =
    ['dc:creator', 'dc.creator', 'dcterm:creator', 'author', 'parsely-author', 'sailthru.author', 'article:author', 'byl']
      .map((key) => all(key).filter((a) => !/^https?:/.test(a)))
      .find((list) => list.length > 0) ?? [];
  const timeElement = document.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"], time[datetime]');

  const ldImage = ld ? jsonLdImage(ld.image) : undefined;
  const ogImage = one('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  const leadImageUrl = ogImage ?? ldImage?.url;
  const leadImage: JsonLdImage | undefined = leadImageUrl
    ? {
        url: leadImageUrl,
        ...(ldImage?.caption || one('og:image:alt', 'twitter:image:alt') ? { caption: ldImage?.caption ?? one('og:image:alt', 'twitter:image:alt') } : {}),
        ...(ldImage?.credit ? { credit: ldImage.credit } : {}),
      }
    : undefined;

  const tags = [
    ...all('article:tag'),
    ...(ld ? jsonLdList(ld.keywords, true) : []),
    ...all('news_keywords', 'keywords', 'parsely-tags').flatMap((k) => k.split(',')),
  ]
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length <= 60);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? one('og:url') ?? (ld ? jsonString(ld.url) : undefined);

  const out: PageMetadata = { authorNames: ldAuthors.length > 0 ? ldAuthors : metaAuthors, tags: [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()] };
  const set = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined): void => {
    if (value !== undefined && value !== '') out[key] = value;
  };
  set('headline', (ld ? jsonString(ld.headline ?? ld.name) : undefined) ?? one('og:title', 'twitter:title', 'dc.title', 'parsely-title'));
  set('published', (ld ? jsonString(ld.datePublished ?? ld.dateCreated) : undefined) ?? one('article:published_time', 'parsely-pub-date', 'dc.date', 'dc.date.issued', 'date', 'pubdate', 'publishdate', 'sailthru.date', 'datepublished') ?? timeElement?.getAttribute('datetime') ?? undefined);
  set('modified', (ld ? jsonString(ld.dateModified) : undefined) ?? one('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified'));
  set('language', normalizeLanguage(document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang') ?? one('content-language', 'og:locale', 'dc.language') ?? (ld ? jsonString(ld.inLanguage) : undefined)));
  set('siteName', one('og:site_name', 'application-name', 'twitter:site') ?? (ld ? jsonString((ld.publisher as { name?: unknown } | undefined)?.name) : undefined));
  set('section', (ld ? jsonLdList(ld.articleSection, false)[0] : undefined) ?? one('article:section', 'parsely-section', 'section'));
  set('description', one('description', 'og:description', 'twitter:description', 'dc.description') ?? (ld ? jsonString(ld.description) : undefined));
  set('canonicalUrl', canonical ?? undefined);
  set('leadImage', leadImage);
  set('articleBody', ld ? jsonString(ld.articleBody) : undefined);
  return out;
}
