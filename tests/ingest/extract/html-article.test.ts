import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/extract/extract-article.js';

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/articles/news-page.html');
const draft = extractArticle(fs.readFileSync(fixture), {
  url: 'https://www.example-courier.co.uk/news/cycle-lanes-approved?utm_source=feed',
  contentType: 'text/html; charset=utf-8',
});

describe('an HTML news page with JSON-LD, OpenGraph and furniture', () => {
  it('takes metadata from JSON-LD and meta tags', () => {
    expect(draft.title).toBe('Council backs new cycle lanes after heated debate');
    expect(draft.url).toBe('https://www.example-courier.co.uk/news/cycle-lanes-approved');
    expect(draft.authors).toEqual([{ name: 'Hannah Okafor' }, { name: 'Dev Mistry' }]);
    expect(draft.publishedAt?.toISOString()).toBe('2024-05-14T17:20:00.000Z');
    expect(draft.updatedAt?.toISOString()).toBe('2024-05-15T07:05:00.000Z');
    expect(draft.language).toBe('en-GB');
    expect(draft.siteName).toBe('The Example Courier');
    expect(draft.section).toBe('Local News');
    expect(draft.summary).toBe('Councillors voted 31-20 to build protected cycle lanes on three main roads.');
    expect(draft.tags).toEqual(['Transport', 'Cycling', 'Council']);
    expect(draft.topics).toEqual([
      { name: 'Local News', kind: 'SECTION' },
      { name: 'Transport', kind: 'SUBJECT' },
      { name: 'Cycling', kind: 'SUBJECT' },
      { name: 'Council', kind: 'SUBJECT' },
    ]);
    expect(draft.people).toEqual([]);
    expect(draft.quotes).toEqual([]);
  });

  it('has the lead image first, then the other figures, with captions and credits split', () => {
    expect(draft.images).toEqual([
      { url: 'https://www.example-courier.co.uk/images/cycle-lane.jpg', caption: 'A painted cycle lane on the high street', credit: 'Example Courier/J. Bell' },
      { url: 'https://www.example-courier.co.uk/images/council-chamber.jpg', caption: 'Councillors debating the plans on Tuesday', credit: 'Sam Reid' },
    ]);
  });

  it('keeps only the story in the body text: no byline, stamp, share bar, player, captions, read-more or related box', () => {
    const paragraphs = draft.bodyText.split('\n\n');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Councillors have approved plans for protected cycle lanes/);
    expect(paragraphs[5]).toMatch(/detailed plans published for each of the three roads\.$/);
    expect(draft.bodyText).not.toMatch(/cookies|Share on|Listen to this article|By Hannah|14 May 2024|Photo:|painted cycle lane|Read more|Bus fares|More news|Library/);
    expect(draft.bodyHtml).toContain('<figcaption>');
    expect(draft.bodyHtml).not.toMatch(/<script|<button|<nav|onclick|class=/);
  });

  it('turns "Read more" and the Related box into related links, and other headlines into site links', () => {
    expect(draft.relatedLinks).toEqual([
      { title: 'Bus fares capped for another year across the county', url: 'https://www.example-courier.co.uk/news/bus-fares-capped-for-another-year' },
      { title: 'New bridge for walkers and cyclists opens at last', url: 'https://www.example-courier.co.uk/news/new-bridge-for-walkers-and-cyclists-opens' },
      { title: 'Residents split over parking plans for the town centre', url: 'https://www.example-courier.co.uk/news/residents-split-over-parking-plans' },
    ]);
    expect(draft.siteLinks.map((l) => l.title)).toEqual([
      'Harbour festival returns with record crowds this summer',
      'Schools across the district to get new science labs',
      'Library opening hours extended at weekends from June',
      'Police appeal for witnesses after string of break-ins',
    ]);
  });
});
