/** Line classifiers for pages already turned into text, where structure survives only as line shapes. */

const TERMINAL = /[.!?…:;]["'”’»)\]]*$/u;

export function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A sentence of running text: ends like a sentence and has a few words, or is long whatever its end. */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  return (words >= 4 && TERMINAL.test(line)) || words >= 20;
}

/** A label line of a teaser list: a few capitalized words without sentence punctuation ("Serbia School Shooting"). */
export function isTagLine(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || TERMINAL.test(line) || /[,"“”'‘’?!]/u.test(line)) return false;
  const minor = /^(?:of|and|the|in|on|for|to|at|a|&|-|–|de|la|du|des|der|die|und)$/i;
  return words.every((w) => minor.test(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

const PLAYER_OR_UTILITY = new RegExp(
  '^(?:' +
    [
      'listen to (?:this|the) (?:article|story)(?: now)?', 'listen(?: now)?', 'loading audio\\.*', 'loading(?: video| player)?\\.*',
      'play(?: audio| video| now)?', 'pause', 'audio', 'advertisement', 'advert', 'ad', 'sponsored', 'share(?: this(?: article| story)?)?(?: on \\w+)?',
      'copy link', 'link copied', '\\d+ min(?:ute)?s? read', 'skip (?:to|advert).*', 'close', 'show more', 'show less',
      'comments?(?: \\(\\d+\\))?', 'view comments', 'click to expand', 'image', 'video', 'gallery', 'expand',
      '\\d{1,2}:\\d{2}(?::\\d{2})?', '(?:facebook|twitter|x|whatsapp|email|linkedin|reddit|print)(?: ?[|/] ?\\w+)*',
    ].join('|') +
    ')$',
  'i',
);

/** Audio/video player and share-bar leftovers ("Listen to this article", "Loading audio...", "0:45"). */
export function isPlayerOrUtilityLeftover(line: string): boolean {
  return PLAYER_OR_UTILITY.test(line.trim());
}

const READ_MORE = /^(?:read more|read also|also read|more|related|related article|related story|see also|watch|listen|also on \S+|recommended)\s*(?:[:\-–—|>»]\s*)(.{8,})$/i;

/** The linked headline of an inline "Read more: <headline>" line. */
export function readMoreTitle(line: string): string | undefined {
  const m = READ_MORE.exec(line.trim());
  return m?.[1]?.trim();
}

const CREDIT_SUFFIX =
  /^(.*?)[.\s]*[([]?\s*\b(?:pictures?|photos?|photograph(?:s|y)?|images?|pic|credit|photo credit|image credit|illustration|foto|bild|video)\s*:\s*([^)\]]+?)[)\]]?\s*$/i;

/** "Caption. Picture: Getty" → caption and credit; a lone "Photo: Reuters" → credit only. */
export function captionWithCredit(line: string): { caption: string; credit: string } | undefined {
  const m = CREDIT_SUFFIX.exec(line.trim());
  if (!m) return undefined;
  const credit = (m[2] ?? '').trim();
  if (!credit || wordCount(credit) > 8) return undefined;
  return { caption: (m[1] ?? '').trim(), credit };
}

const BYLINE = /^(?:(?:written|words|reporting|text|story)\s+)?(?:by|von|par|por|door)\s*:?\s+\S|^(?:author|autor|auteur)\s*:\s*\S/i;

/** "By Asher McShane", "Words by ...", "Author: ..." (short lines only: a sentence starting with "By" is prose). */
export function isBylineLine(line: string): boolean {
  return BYLINE.test(line.trim()) && line.length <= 100 && !TERMINAL.test(line.replace(/\b[A-Z]\.$/, '')) && wordCount(line) <= 14;
}

const HEADING =
  /^(?:more (?:latest )?news|latest(?: news| stories| headlines)?|more stories|more on this story|most (?:read|popular|viewed|shared|watched)|trending(?: now)?|related (?:stories|articles|topics|content|coverage|links)|(?:more )?topics|you (?:may|might) also like|recommended(?: for you)?|top stories|more from .{1,40}|editor'?s picks|popular(?: now)?|tags?|highlights(?: & opinion)?|opinion|in other news|around the web|what to read next|read next|further reading)$/i;

/** A section header of a site's furniture: a known heading or a "See more X" / "View all X" link. */
export function isFurnitureHeading(line: string): boolean {
  const t = line.trim();
  return HEADING.test(t) || isSeeMoreLine(t);
}

export function isSeeMoreLine(line: string): boolean {
  return /^(?:see|view|show) (?:more|all)\b[^:]{0,60}$/i.test(line.trim()) && !TERMINAL.test(line);
}

/** Teaser badges that sit above a headline and are not part of it. */
export function isBadge(line: string): boolean {
  return /^(?:exclusive|breaking|live|video|watch|opinion|analysis|comment|explainer|sponsored|updated|new|premium|podcast|gallery|photos|review|interview)$/i.test(line.trim());
}
