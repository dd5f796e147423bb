import type { DraftImage, DraftLink } from '../../domain/article.js';
import type { DomElement } from './dom-types.js';
import { readDateStamp } from './date-stamp.js';
import { captionWithCredit, isBylineLine, isPlayerOrUtilityLeftover } from './text-line-kinds.js';

function resolveUrl(href: string | null | undefined, baseUrl: string | undefined): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#') || /^(?:javascript|data|mailto):/i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed, baseUrl).href;
  } catch {
    return /^https?:\/\//i.test(trimmed) ? trimmed : undefined;
  }
}

function textOf(el: DomElement): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function words(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

const READ_MORE_LEAD = /^(?:read more|read also|also read|related(?: articles?| stories| content| coverage)?|see also|more on this(?: story)?|more from|recommended(?: reading)?|further reading|read next|what to read next)\b\s*[:\-–—|»>]?/i;
const RELATED_CONTAINER = /(?:^|[-_\s])(?:related|read-?more|more-?stories|recommended|also-?read|see-?also|more-?on)(?:[-_\s]|$)/i;

function linksIn(el: DomElement, baseUrl: string | undefined): DraftLink[] {
  const out: DraftLink[] = [];
  for (const a of el.querySelectorAll('a[href]')) {
    const title = textOf(a).replace(READ_MORE_LEAD, '').trim();
    const url = resolveUrl(a.getAttribute('href'), baseUrl);
    if (title && words(title) >= 3 && url) out.push({ title, url });
  }
  return out;
}

/**
 * "Read more: <headline>" lines and "Related" boxes inside the article: their links are other stories
 * (RelatedStory candidates), not text of this one, so they are taken out of the body.
 */
export function takeRelatedLinks(root: DomElement, baseUrl: string | undefined): DraftLink[] {
  const related: DraftLink[] = [];
  for (const el of [...root.querySelectorAll('p, li, h2, h3, h4, h5, div, aside, section, ul, strong')]) {
    if (!el.parentElement) continue; // already removed with an ancestor
    const text = textOf(el);
    const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const leadsWithReadMore = READ_MORE_LEAD.test(text) && text.length <= 400;
    const isBox = RELATED_CONTAINER.test(marker) && text.length <= 1500;
    if (!leadsWithReadMore && !isBox) continue;
    const links = linksIn(el, baseUrl);
    if (links.length === 0) continue;
    related.push(...links);
    el.remove();
  }
  const seen = new Set<string>();
  return related.filter((l) => (seen.has(l.title) ? false : (seen.add(l.title), true)));
}

/**
 * "Related" boxes inside the article markup, taken before Readability runs (it drops `aside` boxes with
 * their links, which would then pass for site furniture). Only boxes within an `article`, `main` or
 * articleBody element count; the box is removed so its headlines never reach the body.
 */
export function takeRelatedBoxes(document: { querySelectorAll(selector: string): Iterable<DomElement> }, baseUrl: string | undefined): DraftLink[] {
  const related: DraftLink[] = [];
  for (const el of [...document.querySelectorAll('[class], [id]')]) {
    if (!el.parentElement || /^(?:html|body|main|article)$/i.test(el.tagName)) continue;
    const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!RELATED_CONTAINER.test(marker) || !el.parentElement.closest('article, main, [itemprop="articleBody"]')) continue;
    if (textOf(el).length > 1500) continue;
    const links = linksIn(el, baseUrl);
    if (links.length === 0) continue;
    related.push(...links);
    el.remove();
  }
  return related;
}

/**
 * The byline and time stamp printed above the story. Readability keeps them in the content when the page
 * also states its author in metadata; they are metadata, not story text, so they leave the body when they
 * come before the first real paragraph.
 */
export function removeLeadingBylineAndStamp(root: DomElement, authorNames: readonly string[]): void {
  const names = new Set(authorNames.map((n) => n.toLowerCase()));
  for (const el of [...root.querySelectorAll('p, div, span, time, address, h4, h5, h6')]) {
    if (!el.parentElement) continue;
    const text = textOf(el);
    if (words(text) >= 20 && el.tagName.toLowerCase() === 'p') break;
    if (!text || text.length > 120 || el.querySelector('img, figure, picture, p')) continue;
    const isByline = isBylineLine(text) || names.has(text.toLowerCase().replace(/^by\s+/, ''));
    const isStamp = readDateStamp(text, undefined) !== undefined;
    if (isByline || isStamp) el.remove();
  }
}

const FURNITURE = /(?:^|[-_\s])(?:cookie|cookies|consent|gdpr|share|sharing|share-?bar|social|newsletter|subscribe|subscription|signup|sign-?up|promo|advert|advertisement|ad-?slot|sponsor|sponsored|audio-?player|listen|paywall|outbrain|taboola|more-?news|most-?read|trending)(?:[-_\s]|$)/i;

/**
 * Page furniture Readability keeps when it sits inside the article container: share bars, cookie notes,
 * newsletter and promo boxes, audio players and their "Listen to this article" leftovers. Only short
 * blocks are removed, so a class name never costs a paragraph of the story.
 */
export function removeFurniture(root: DomElement): void {
  for (const el of [...root.querySelectorAll('audio, nav, button, form')]) el.remove();
  for (const el of [...root.querySelectorAll('[class], [id]')]) {
    if (!el.parentElement) continue;
    const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE.test(marker) && textOf(el).length < 200 && !el.querySelector('img, figure, picture, table')) el.remove();
  }
  for (const el of [...root.querySelectorAll('p, div, span, li')]) {
    if (!el.parentElement) continue;
    const text = textOf(el);
    if (text && text.length < 40 && isPlayerOrUtilityLeftover(text) && el.children.length <= 1) el.remove();
  }
}

const CREDIT_CLASS = '[class*="credit"], [class*="copyright"], [class*="photographer"], [class*="source"], [itemprop="copyrightHolder"], [itemprop="creditText"]';

function splitCaption(figcaption: DomElement | null): { caption?: string; credit?: string } {
  if (!figcaption) return {};
  const creditEl = figcaption.querySelector(CREDIT_CLASS);
  const creditText = creditEl ? textOf(creditEl) : '';
  let caption = textOf(figcaption);
  let credit = creditText.replace(/^(?:photo|picture|image|credit|photograph|foto)s?\s*:\s*/i, '').replace(/^©\s*/, '').trim();
  if (creditText) caption = caption.replace(creditText, '').trim();
  if (!credit) {
    const split = captionWithCredit(caption);
    if (split) {
      caption = split.caption;
      credit = split.credit;
    } else {
      const copyright = /^(.*?)\s*(?:©|\(c\))\s*([^©]{2,80})$/i.exec(caption);
      if (copyright) {
        caption = copyright[1] ?? '';
        credit = (copyright[2] ?? '').trim();
      }
    }
  }
  caption = caption.replace(/[\s.]+$/, '').trim();
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** Pictures of the article: figures with their caption and credit (class-marked credit or "Photo: X" / "© X" text). */
export function collectImages(root: DomElement, baseUrl: string | undefined): DraftImage[] {
  const images: DraftImage[] = [];
  for (const figure of root.querySelectorAll('figure')) {
    const img = figure.querySelector('img');
    const url = resolveUrl(img?.getAttribute('src') ?? img?.getAttribute('data-src'), baseUrl);
    const { caption, credit } = splitCaption(figure.querySelector('figcaption'));
    if (!url && !caption) continue;
    images.push({ ...(url ? { url } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) });
  }
  return images;
}

export { resolveUrl };
