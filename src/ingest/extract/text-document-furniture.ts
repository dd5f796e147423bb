import type { DraftLink } from '../../domain/article.js';
import { isBadge, isFurnitureHeading, isProse, isSeeMoreLine, isTagLine, wordCount } from './text-line-kinds.js';

/**
 * Where the story ends in a text dump, decided by structure rather than by words of one site:
 *   1. a hard stop at the first furniture heading after the story's start (a known list heading such as
 *      "Latest News", or any line followed by "See more <it>" / "View all <it>");
 *   2. before that stop, the end that maximizes (prose lines kept − other lines kept): running text pushes
 *      the end forward, a trailing run of short headline-like lines pulls it back, and a lone
 *      sentence-shaped teaser among them cannot outweigh the run. Ties keep the longer story, so a
 *      subheading followed by more text stays in.
 * `weights` are per line: +1 prose, −1 other, 0 lines already classified (captions, stamps, read-more).
 */
export function findStoryEnd(lines: readonly string[], weights: readonly number[], start: number): { end: number; furnitureStart: number } {
  let hardStop = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (isFurnitureHeading(line) || (isSeeMoreLine(next) && wordCount(line) <= 6 && !isProse(line))) {
      hardStop = i;
      break;
    }
  }
  let sum = 0;
  let best = -Infinity;
  let end = start;
  for (let i = start; i < hardStop; i++) {
    sum += weights[i] ?? 0;
    if (sum >= best && (weights[i] ?? 0) > 0) {
      best = sum;
      end = i;
    }
  }
  return { end, furnitureStart: end + 1 };
}

/** Short entries only ("War in Ukraine", "NHS"): links to topic pages, not headlines. */
function isTopicList(items: readonly string[]): boolean {
  return items.every((l) => wordCount(l) <= 4);
}

function cardItems(lines: readonly string[]): string[] {
  return lines.filter((l) => !isBadge(l) && !isSeeMoreLine(l));
}

/**
 * Teaser cards as text: a label (tag line or picture caption) then the headline, card after card. The
 * pattern shows as tag lines sitting only at even positions of their sections (over the whole furniture,
 * since one site uses one card layout); without it every line is taken as a headline.
 */
function hasCardLayout(sections: readonly string[][]): boolean {
  let tags = 0;
  let even = 0;
  for (const section of sections) {
    const items = cardItems(section);
    if (isTopicList(items)) continue;
    items.forEach((line, i) => {
      if (!isTagLine(line)) return;
      tags++;
      if (i % 2 === 0) even++;
    });
  }
  return tags >= 2 && even >= tags * 0.9;
}

function headlinesOfSection(lines: readonly string[], cards: boolean): string[] {
  const items = cardItems(lines);
  if (isTopicList(items)) return [];
  if (!cards) return items.filter((l) => wordCount(l) >= 3);
  return items.filter((line, i) => i % 2 === 1 && wordCount(line) >= 3);
}

/** The site's other headlines in the furniture after the story, section by section, without labels and captions. */
export function siteLinksFrom(lines: readonly string[]): DraftLink[] {
  const sections: string[][] = [[]];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    const isHeading = isFurnitureHeading(line) || (isSeeMoreLine(next) && wordCount(line) <= 6 && !isProse(line));
    if (isHeading) {
      if ((sections[sections.length - 1] ?? []).length > 0) sections.push([]);
      continue;
    }
    sections[sections.length - 1]?.push(line);
  }
  const seen = new Set<string>();
  const links: DraftLink[] = [];
  const cards = hasCardLayout(sections);
  for (const section of sections) {
    for (const title of headlinesOfSection(section, cards)) {
      if (seen.has(title)) continue;
      seen.add(title);
      links.push({ title });
    }
  }
  return links;
}
