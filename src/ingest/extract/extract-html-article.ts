import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDraft, DraftImage, DraftLink, DraftTopic } from '../../domain/article.js';
import { htmlToText, sanitizeHtmlFragment } from '../sanitize.js';
import { collectImages, removeFurniture, removeLeadingBylineAndStamp, resolveUrl, takeRelatedBoxes, takeRelatedLinks } from './article-dom-cleanup.js';
import type { DomDocument, DomElement } from './dom-types.js';
import { ExtractError } from './extract-error.js';
import type { ExtractOptions } from './extract-options.js';
import { guessTimeZone } from './guess-time-zone.js';
import { readPageMetadata } from './page-metadata.js';
import { namesFromByline } from './person-names.js';
import { paragraphsToHtml } from './paragraphs-to-html.js';
import { parseDateTime } from './zoned-time.js';


/** Words, with scripts written without spaces (CJK, Thai) counted as one word per two characters. */
function countWords(text: string): number {
  const unspaced = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0;
  return text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + Math.ceil(unspaced / 2);
}

/** Headline-sized links to the same site anywhere on the page: candidates for siteLinks, filtered after extraction. */
function headlineLinks(document: DomDocument, baseUrl: string | undefined): DraftLink[] {
  const host = baseUrl ? safeHost(baseUrl) : undefined;
  const self = baseUrl?.replace(/#.*$/, '');
  const seen = new Set<string>();
  const out: DraftLink[] = [];
  for (const a of document.querySelectorAll('a[href]')) {
    const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const n = countWords(title);
    if (n < 4 || n > 30) continue;
    const url = resolveUrl(a.getAttribute('href'), baseUrl);
    if (!url || url.replace(/#.*$/, '') === self || (host && safeHost(url) !== host) || seen.has(title)) continue;
    seen.add(title);
    out.push({ title, url });
    if (out.length >= 200) break;
  }
  return out;
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Paragraphs of a JSON-LD articleBody (plain text; blank lines or single newlines separate paragraphs). */
function paragraphsOf(articleBody: string): string[] {
  return articleBody.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

/**
 * An article page: Readability (over linkedom, no jsdom) finds the main body; the page's own metadata
 * (JSON-LD NewsArticle, OpenGraph, meta tags, `<time>`) supplies what it states better: authors, times with
 * their zone, section and tags, lead image, canonical URL. When Readability keeps much less text than the
 * page's JSON-LD `articleBody` (paywalled or script-rendered pages), the articleBody is the body.
 * In-article "Read more"/"Related" links become relatedLinks and leave the body; share bars, players, promo
 * and cookie boxes are removed; picture captions stay in bodyHtml but not in bodyText.
 */
export function extractHtmlArticle(html: string, options: ExtractOptions = {}): ArticleDraft {
  if (!html.trim()) throw new ExtractError('EMPTY', 'The HTML page is empty.');
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const warnings: string[] = [];
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  const baseUrl = resolveUrl(baseHref, options.url) ?? options.url;
  const metadata = readPageMetadata(document);
  const relatedBoxes = takeRelatedBoxes(document, baseUrl);
  const siteCandidates = headlineLinks(document, baseUrl);
  const documentTitle = document.title;

  const readability = new Readability<DomElement>(document as never, {
    classesToPreserve: ['caption'],
    serializer: (node) => node as unknown as DomElement,
  });
  let parsed: ReturnType<typeof readability.parse> = null;
  try {
    parsed = readability.parse();
  } catch (error) {
    warnings.push(`readability failed: ${(error as Error).message}`);
  }

  let related: DraftLink[] = [];
  let images: DraftImage[] = [];
  let bodyHtml = '';
  let bodyText = '';
  const root = parsed?.content ?? null;
  if (root) {
    related = [...relatedBoxes, ...takeRelatedLinks(root, baseUrl)];
    removeFurniture(root);
    removeLeadingBylineAndStamp(root, [...metadata.authorNames, ...(parsed?.byline ? [parsed.byline] : [])]);
    images = collectImages(root, baseUrl);
    bodyHtml = sanitizeHtmlFragment(root.innerHTML, baseUrl);
    bodyText = htmlToText(bodyHtml.replace(/<figcaption\b[\s\S]*?<\/figcaption>/gi, ''));
  }
  const ldParagraphs = metadata.articleBody ? paragraphsOf(metadata.articleBody) : [];
  const ldWords = countWords(ldParagraphs.join(' '));
  if (ldWords >= 50 && countWords(bodyText) < ldWords * 0.4) {
    warnings.push('body taken from JSON-LD articleBody: the page markup held much less text');
    bodyText = ldParagraphs.join('\n\n');
    bodyHtml = paragraphsToHtml(ldParagraphs);
  }
  const bodyWords = countWords(bodyText);
  if (bodyWords === 0) {
    throw new ExtractError('NOT_AN_ARTICLE', `No article body found${options.url ? ` at ${options.url}` : ''}: the page has no block of running text.`);
  }
  if (bodyWords < 50) warnings.push(`short body: ${bodyWords} words`);

  const title = (parsed?.title || metadata.headline || documentTitle || '').replace(/\s+/g, ' ').trim();
  const language = metadata.language ?? (parsed?.lang ? parsed.lang : undefined);
  const zone = guessTimeZone({ timeZone: options.timeZone, url: options.url, language, text: bodyText });
  const published = parseDateTime(metadata.published ?? '', zone?.timeZone) ?? parseDateTime(parsed?.publishedTime ?? '', zone?.timeZone);
  const updated = metadata.modified ? parseDateTime(metadata.modified, zone?.timeZone) : undefined;
  for (const stamp of [published, updated]) {
    if (stamp?.hasTime && stamp.zoneSource === 'utc') warnings.push('time zone unknown: a wall-clock time was read as UTC');
    if (stamp?.hasTime && stamp.zoneSource === 'zone' && zone) warnings.push(`time zone ${zone.timeZone} guessed from ${zone.basis}`);
  }

  // Readability's byline already prefers JSON-LD and meta authors, then the page's visible byline.
  const bylineNames = parsed?.byline ? namesFromByline(parsed.byline) : [];
  const authorNames = bylineNames.length > 0 ? bylineNames : metadata.authorNames.flatMap((n) => namesFromByline(n));
  const authors = [...new Set(authorNames)].map((name) => ({ name }));

  const lead = metadata.leadImage;
  if (lead?.url) {
    const url = resolveUrl(lead.url, baseUrl) ?? lead.url;
    const inBody = images.find((img) => img.url === url);
    const leadImage: DraftImage = { url, ...(lead.caption ?? inBody?.caption ? { caption: lead.caption ?? inBody?.caption } : {}), ...(lead.credit ?? inBody?.credit ? { credit: lead.credit ?? inBody?.credit } : {}) };
    images = [leadImage, ...images.filter((img) => img !== inBody)];
  }

  const relatedTitles = new Set(related.map((l) => l.title));
  const siteLinks = siteCandidates.filter((l) => !relatedTitles.has(l.title) && !bodyText.includes(l.title) && l.title !== title);
  const topics: DraftTopic[] = [
    ...(metadata.section ? [{ name: metadata.section, kind: 'SECTION' as const }] : []),
    ...metadata.tags.map((name) => ({ name, kind: 'SUBJECT' as const })),
  ];
  const url = resolveUrl(metadata.canonicalUrl, baseUrl) ?? options.url;
  const summary = (metadata.description ?? parsed?.excerpt ?? bodyText.split('\n\n')[0] ?? '').replace(/\s+/g, ' ').trim();
  const siteName = parsed?.siteName || metadata.siteName;

  return {
    title,
    ...(url ? { url } : {}),
    ...(published ? { publishedAt: published.date } : {}),
    ...(updated ? { updatedAt: updated.date } : {}),
    ...(language ? { language } : {}),
    ...(siteName ? { siteName } : {}),
    ...(metadata.section ? { section: metadata.section } : {}),
    authors,
    ...(summary ? { summary } : {}),
    bodyText,
    bodyHtml,
    images,
    relatedLinks: related,
    siteLinks,
    tags: metadata.tags,
    topics,
    people: [],
    quotes: [],
    warnings: [...new Set(warnings)],
  };
}
