import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/extract/extract-article.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seedPath = path.resolve(repoRoot, '../shared/seed/000_a7f3cea9f3bf73fb.txt');
const draft = extractArticle(fs.readFileSync(seedPath));

const FURNITURE_LINES = [
  'More Latest News', 'See more More Latest News', 'Netherlands Ukraine Zelenskyy', 'Putin will face war crimes court when Ukraine wins – Zelensky',
  'Latest News', 'See more Latest News', 'The News Explained', 'Royals', 'See more Royals', 'Highlights & Opinion', 'More Topics',
  'War in Ukraine', 'Cost of Living Crisis', 'Brexit', 'Exclusive', 'Serbia School Shooting',
];

describe('the seed text document', () => {
  it('has the headline of its first line as title', () => {
    expect(draft.title).toBe("Putin’s revenge: At least 21 dead in Ukraine air strikes after drone 'attempt on Russian leader's life'");
  });

  it('was published at 10:24 London time (BST) on 4 May 2023', () => {
    expect(draft.publishedAt?.toISOString()).toBe('2023-05-04T09:24:00.000Z');
    expect(draft.updatedAt).toBeUndefined();
  });

  it('is by Asher McShane, in English', () => {
    expect(draft.authors).toEqual([{ name: 'Asher McShane' }]);
    expect(draft.language).toBe('en');
  });

  it('has the two pictures with their captions and credits', () => {
    expect(draft.images).toEqual([
      { caption: 'Russian bombs hit civilian targets in Ukraine after the suspected drone strike on the Kremlin (inset)', credit: 'Getty/Social media' },
      { caption: 'The Kremlin on Wednesday night', credit: 'Getty' },
    ]);
  });

  it('has a body from the first sentence of the story to its last', () => {
    const paragraphs = draft.bodyText.split('\n\n');
    expect(paragraphs[0]).toBe(
      'A series of Russian strikes in retaliation for a suspected kamikaze drone bomb assassination attempt on Vladimir Putin have claimed at least 21 lives in Ukraine.',
    );
    expect(paragraphs[paragraphs.length - 1]).toBe(
      'It has failed to totally conquer Bakhmut, an eastern city that it has pushed hard to capture and lost massive amounts of troops in launching "human wave" attacks, with the notorious Wagner mercenary group heavily involved.',
    );
    // The whole body: every line of the story between those two, less the 6 lines that are not story text.
    const raw = fs.readFileSync(seedPath, 'utf8').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const story = raw.slice(raw.findIndex((l) => l.startsWith('A series of Russian')), raw.findIndex((l) => l.endsWith('heavily involved.')) + 1);
    const notStory = /^(?:Listen to this article|Loading audio\.\.\.|Read more: |The Kremlin on Wednesday night)/;
    expect(paragraphs).toEqual(story.filter((l) => !notStory.test(l)));
    expect(paragraphs).toHaveLength(38);
    expect(draft.summary).toBe(paragraphs[0]);
  });

  it('keeps captions, player leftovers, read-more lines, byline, stamp and furniture out of the body', () => {
    const paragraphs = new Set(draft.bodyText.split('\n\n'));
    for (const line of [
      'Russian bombs hit civilian targets in Ukraine after the suspected drone strike on the Kremlin (inset)',
      'Russian bombs hit civilian targets in Ukraine after the suspected drone strike on the Kremlin (inset). Picture: Getty/Social media',
      'The Kremlin on Wednesday night', 'The Kremlin on Wednesday night. Picture: Getty', 'Listen to this article', 'Loading audio...',
      'By Asher McShane', '4 May 2023, 10:24', ...FURNITURE_LINES,
    ]) {
      expect(paragraphs.has(line), line).toBe(false);
    }
    expect(draft.bodyText).not.toMatch(/Read more|Picture:|Listen to this article|Loading audio|See more/);
    expect(draft.bodyHtml.startsWith('<p>A series of Russian strikes')).toBe(true);
    expect(draft.bodyHtml).not.toMatch(/<script|Read more/);
  });

  it('turns the two "Read more" lines into related stories', () => {
    expect(draft.relatedLinks).toEqual([
      { title: 'Moment RAF planes intercept Russian jet flying close to British airspace' },
      { title: 'Putin launches new missile blitz on cities in Ukraine killing at least eight people including mother and daughter, 2' },
    ]);
  });

  it("keeps the site's other headlines apart as site links, without their labels and captions", () => {
    const titles = draft.siteLinks.map((l) => l.title);
    expect(titles.length).toBeGreaterThanOrEqual(40);
    expect(titles).toContain('Putin will face war crimes court when Ukraine wins – Zelensky');
    expect(titles).toContain('Carrie Fisher to receive Hollywood star in May the Fourth tribute');
    expect(titles).toContain('Coronation Concert: Time, date and host revealed');
    expect(titles).toContain("Rishi Sunak is 'doubling down on the sins of Boris Johnson', an impassioned Ed Miliband declares");
    for (const label of ['Netherlands Ukraine Zelenskyy', 'Suma Begum, 24, was last seen on April 30', 'Exclusive', 'War in Ukraine', 'More Topics', 'Big Freeze']) {
      expect(titles, label).not.toContain(label);
    }
    for (const title of titles) expect(draft.bodyText.includes(title), title).toBe(false);
  });

  it('leaves topics, people and quotes to enrichment', () => {
    expect(draft.topics).toEqual([]);
    expect(draft.tags).toEqual([]);
    expect(draft.people).toEqual([]);
    expect(draft.quotes).toEqual([]);
  });
});
