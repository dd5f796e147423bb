import type { DomDocument } from './dom-types.js';

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|WebPage)$/;

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function flatten(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as JsonObject;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out);
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, out);
}

/**
 * The page's schema.org article node from JSON-LD: NewsArticle first, then other article kinds, WebPage last.
 * Broken JSON blocks (trailing commas, HTML comments) are skipped, not fatal: many CMSs emit them.
 */
export function findJsonLdArticle(document: DomDocument): JsonObject | undefined {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (script.textContent ?? '')
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
      .replace(/^\s*<!--|-->\s*$/g, '')
      .trim();
    if (!raw) continue;
    try {
      flatten(JSON.parse(raw), nodes);
    } catch {
      // not JSON: ignored
    }
  }
  const rank = (node: JsonObject): number => {
    const types = typesOf(node).filter((t) => ARTICLE_TYPES.test(t));
    if (types.length === 0) return 0;
    if (types.some((t) => /NewsArticle$/.test(t))) return 3;
    return types.includes('WebPage') ? 1 : 2;
  };
  let best: JsonObject | undefined;
  let bestRank = 0;
  for (const node of nodes) {
    const r = rank(node);
    if (r > bestRank) {
      best = node;
      bestRank = r;
    }
  }
  return best;
}

export function jsonString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return jsonString(value[0]);
  if (value && typeof value === 'object') {
    const o = value as JsonObject;
    return jsonString(o['@value'] ?? o.name ?? o.url ?? o['@id']);
  }
  return undefined;
}

/** Names of the node's authors (Person or Organization objects, strings, arrays of either). */
export function jsonLdAuthorNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') names.push(item.trim());
    else if (item && typeof item === 'object') {
      const name = jsonString((item as JsonObject).name);
      if (name) names.push(name);
    }
  }
  return names.filter((n) => n.length > 0 && !/^https?:/.test(n));
}

export interface JsonLdImage {
  url?: string;
  caption?: string;
  credit?: string;
}

/** The first image of the node: a URL string, an ImageObject (url, caption, creditText/copyrightHolder/author) or a list. */
export function jsonLdImage(value: unknown): JsonLdImage | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return { url: first };
  if (!first || typeof first !== 'object') return undefined;
  const o = first as JsonObject;
  const url = jsonString(o.url ?? o.contentUrl);
  const caption = jsonString(o.caption ?? o.description);
  const credit = jsonString(o.creditText ?? o.copyrightHolder ?? o.author ?? o.creator);
  return { ...(url ? { url } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** articleSection / keywords: a string (comma-separated for keywords) or a list. */
export function jsonLdList(value: unknown, split: boolean): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .flatMap((v) => (typeof v === 'string' ? (split ? v.split(',') : [v]) : []))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
