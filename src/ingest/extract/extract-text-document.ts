import type { ArticleDraft, DraftImage, DraftLink } from '../../domain/article.js';
import { detectLanguage } from './detect-language.js';
import { ExtractError } from './extract-error.js';
import type { ExtractOptions } from './extract-options.js';
import { guessTimeZone } from './guess-time-zone.js';
import { namesFromByline } from './person-names.js';
import { findStoryEnd, siteLinksFrom } from './text-document-furniture.js';
import { captionWithCredit, isBylineLine, isPlayerOrUtilityLeftover, isProse, readMoreTitle, wordCount } from './text-line-kinds.js';
import { paragraphsToHtml } from './paragraphs-to-html.js';
import { readDateStamp } from './date-stamp.js';
import { parseDateTime } from './zoned-time.js';

const HEADER_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+?)\s*$/i;

type Kind = 'text' | 'stamp' | 'byline' | 'leftover' | 'readmore' | 'caption';

interface Line {
  text: string;
  kind: Kind;
}

/**
 * Lines of the dump. Hard-wrapped prose is rejoined: a line that ends mid-sentence (no closing punctuation)
 * continues on the next when that starts in lower case or with a digit, or when it ends on a comma or a
 * function word ("of", "the"). A next line repeating the previous one is a caption pair, never a wrap.
 */
function logicalLines(body: string): string[] {
  const out: string[] = [];
  let previousBlank = true;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    const wrapped = last !== undefined && !/[.!?:"”’)]$/u.test(last) && (/^[\p{Ll}\p{N}]/u.test(line) || /(?:,|\b(?:a|an|the|to|of|and|or|in|for|with|by|that|on|at|from|as|is|was|said))$/i.test(last));
    if (!previousBlank && last !== undefined && wrapped && !line.startsWith(last)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
    previousBlank = false;
  }
  return out;
}



/**
 * A page already turned into text: first line ` date YYYY-MM-DD <headline>` (or the headline alone), then
 * byline, time stamp, captions, player leftovers, the story with inline "Read more:" lines, and the site's
 * furniture. Everything is decided by line shapes (see text-line-kinds.ts and text-document-furniture.ts),
 * never by a site's words. Captions come as "caption" then "caption. Picture: Credit" or the second alone;
 * the header's date is the fallback for the stamp's. Zoneless times follow guessTimeZone's rule.
 */
export function extractTextDocument(text: string, options: ExtractOptions = {}): ArticleDraft {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const all = logicalLines(normalized);
  if (all.length === 0) throw new ExtractError('EMPTY', 'The text document has no text.');
  const warnings: string[] = [];
  const first = all[0] ?? '';
  const header = HEADER_LINE.exec(first);
  const title = (header ? header[2] : first)?.trim() ?? '';
  const headerDate = header?.[1];
  const lines = all.slice(1);

  const language = detectLanguage(lines.join(' '));
  const zone = guessTimeZone({ timeZone: options.timeZone, url: options.url, language, text: normalized });

  const kinds: Line[] = lines.map((line) => ({ text: line, kind: 'text' }));
  const images: DraftImage[] = [];
  const related: DraftLink[] = [];
  let published: ReturnType<typeof parseDateTime>;
  let updated: ReturnType<typeof parseDateTime>;
  const bylines: string[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const item = kinds[i];
    if (!item) continue;
    const line = item.text;
    const credited = captionWithCredit(line);
    if (credited) {
      item.kind = 'caption';
      const previous = kinds[i - 1];
      const sameCaption = previous && previous.kind === 'text' && credited.caption.replace(/\.$/, '') === previous.text.replace(/\.$/, '');
      if (sameCaption) previous.kind = 'caption';
      const lonePrevious = previous && previous.kind === 'text' && !credited.caption && !isProse(previous.text);
      if (lonePrevious) previous.kind = 'caption';
      const caption = credited.caption || (lonePrevious ? previous.text : '');
      images.push({ ...(caption ? { caption: caption.replace(/\.$/, '') } : {}), credit: credited.credit });
      continue;
    }
    const next = kinds[i + 1];
    if (next && next.text === line && !isProse(line)) {
      // The same short line twice: a caption shown over the picture and under it.
      item.kind = 'caption';
      next.kind = 'caption';
      images.push({ caption: line });
      i++;
      continue;
    }
    const stamps = line.split(/\s+[|•·]\s+|\s*[;,]?\s+(?=(?:updated|last updated|modified)\b)/i).map((part) => readDateStamp(part, zone?.timeZone));
    if (stamps.length > 0 && stamps.every((stamp) => stamp?.date)) {
      item.kind = 'stamp';
      for (const stamp of stamps) {
        if (stamp?.updated) updated ??= stamp.date;
        else published ??= stamp?.date;
      }
      continue;
    }
    if (isBylineLine(line)) {
      item.kind = 'byline';
      bylines.push(line);
      continue;
    }
    if (isPlayerOrUtilityLeftover(line)) {
      item.kind = 'leftover';
      continue;
    }
    const readMore = readMoreTitle(line);
    if (readMore) {
      item.kind = 'readmore';
      related.push({ title: readMore });
    }
  }

  const start = kinds.findIndex((l) => l.kind === 'text' && isProse(l.text));
  if (start < 0) throw new ExtractError('NOT_AN_ARTICLE', 'The text document has no paragraph of running text.');
  const texts = kinds.map((l) => l.text);
  const weights = kinds.map((l) => (l.kind !== 'text' ? 0 : isProse(l.text) ? 1 : -1));
  const { end, furnitureStart } = findStoryEnd(texts, weights, start);
  const paragraphs = kinds.slice(start, end + 1).filter((l) => l.kind === 'text').map((l) => l.text);
  const bodyText = paragraphs.join('\n\n');
  if (wordCount(bodyText) < 25) throw new ExtractError('NOT_AN_ARTICLE', `The story has only ${wordCount(bodyText)} words; not an article.`);

  // Captions, stamps and read-more lines found after the story belong to the furniture's teasers.
  const storyImages = images.filter((img) => {
    const at = kinds.findIndex((l) => l.kind === 'caption' && l.text.startsWith(img.caption ?? '\u0000'));
    return at < 0 || at < furnitureStart;
  });
  const storyRelated = related.filter((link) => {
    const at = kinds.findIndex((l) => l.kind === 'readmore' && l.text.endsWith(link.title));
    return at < furnitureStart;
  });
  const furniture = kinds.slice(furnitureStart).filter((l) => l.kind !== 'stamp' && l.kind !== 'leftover').map((l) => l.text);
  const siteLinks = siteLinksFrom(furniture).filter((link) => link.title !== title && !bodyText.includes(link.title));

  if (!published && headerDate) published = parseDateTime(headerDate, zone?.timeZone);
  if (published && !published.hasTime) warnings.push('publishedAt: the document gives a date without a time of day');
  for (const stamp of [published, updated]) {
    if (stamp && stamp.zoneSource === 'utc' && stamp.hasTime) warnings.push('time zone unknown: the wall-clock time was read as UTC');
    if (stamp && stamp.zoneSource === 'zone' && zone) warnings.push(`time zone ${zone.timeZone} guessed from ${zone.basis}`);
  }

  const authors = [...new Set(bylines.flatMap((b) => namesFromByline(b)))].map((name) => ({ name }));
  return {
    title,
    ...(options.url ? { url: options.url } : {}),
    ...(published ? { publishedAt: published.date } : {}),
    ...(updated ? { updatedAt: updated.date } : {}),
    ...(language ? { language } : {}),
    authors,
    ...(paragraphs[0] ? { summary: paragraphs[0] } : {}),
    bodyText,
    bodyHtml: paragraphsToHtml(paragraphs),
    images: storyImages,
    relatedLinks: storyRelated,
    siteLinks,
    tags: [],
    topics: [],
    people: [],
    quotes: [],
    warnings: [...new Set(warnings)],
  };
}
