import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractTextDocument } from '../../../src/ingest/extract/extract-text-document.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/articles');
const read = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');
const paragraphs = (text: string): string[] => text.split('\n\n');

describe('text documents in other shapes', () => {
  it('hard-wrapped text, "Words by ... Correspondent", both stamps on one line, "(Photo: ...)" credit, "Most Read"', () => {
    const draft = extractTextDocument(read('wrapped-reuters-style.txt'), { timeZone: 'Europe/London' });
    expect(draft.title).toBe('Hospital waiting lists fall for third month as winter pressures ease');
    expect(draft.authors).toEqual([{ name: 'Priya Natarajan' }]);
    expect(draft.publishedAt?.toISOString()).toBe('2024-01-12T09:30:00.000Z');
    expect(draft.updatedAt?.toISOString()).toBe('2024-01-12T14:05:00.000Z');
    expect(draft.images).toEqual([{ caption: 'Nurses at a ward in a regional hospital during the winter', credit: 'Harbour Press Agency' }]);
    expect(draft.relatedLinks).toEqual([{ title: 'Ambulance response times improve but remain above target' }]);
    expect(paragraphs(draft.bodyText)).toEqual([
      'Waiting lists for planned hospital treatment fell for the third month in a row, official figures published on Friday show, as the health service said the worst of the winter pressures had passed.',
      'The number of people waiting for routine operations dropped by 48,000 to 7.6 million at the end of November, according to the monthly statistics.',
      'Health leaders welcomed the fall but warned that staff shortages and strikes could quickly reverse the gains made since the autumn.',
      '"This is real progress, but nobody should pretend the job is done," said the chief executive of a group representing hospital trusts.',
      'Figures also showed that 1,200 patients had waited more than 78 weeks, down from 1,500 a month earlier.',
      'The government said it remained on course to meet its target of eliminating the longest waits by the spring.',
    ]);
    expect(draft.siteLinks.map((l) => l.title)).toEqual([
      'Storm warning issued as gales of up to 80mph expected on the coast',
      'Council tax could rise by five per cent in April under new plans',
      'Teenager rescued after getting stuck on cliff ledge overnight',
      'Police appeal after jewellery shop raided in broad daylight',
    ]);
    expect(draft.topics).toEqual([]);
  });

  it('no captions, "Author:" byline, US stamp with zone, player leftovers, "Related:" line, unlabelled headline list', () => {
    const draft = extractTextDocument(read('us-no-captions.txt'));
    expect(draft.authors).toEqual([{ name: 'Marisol Vega' }]);
    expect(draft.publishedAt?.toISOString()).toBe('2024-03-03T21:15:00.000Z');
    expect(draft.images).toEqual([]);
    expect(draft.relatedLinks).toEqual([{ title: 'Transit agency says ridership is back to pre-pandemic levels' }]);
    const body = paragraphs(draft.bodyText);
    expect(body[0]).toMatch(/^The city council voted 9-4 on Sunday/);
    expect(body[body.length - 1]).toBe('The mayor is expected to sign the budget this week. It takes effect on July 1.');
    expect(body).toHaveLength(4);
    expect(draft.bodyText).not.toMatch(/Listen|3:12|Advertisement|More from|Related:/);
    expect(draft.siteLinks.map((l) => l.title)).toEqual([
      'Mayor names new police chief after national search',
      'Snowstorm closes schools across the county for second day',
      'Local bakery wins national award for sourdough bread',
      'High school robotics team heads to world championship',
    ]);
  });

  it('two names in a shouting byline, "Photograph:" credit, zone from an .au URL, "See all" sections of label/headline cards', () => {
    const draft = extractTextDocument(read('shouting-byline-au.txt'), { url: 'https://news.example.com.au/crocodile-pool' });
    expect(draft.authors).toEqual([{ name: 'Tom Hargreaves' }, { name: 'Lena Ito' }]);
    // 08:45 in Sydney in July is AEST (+10:00): the evening before in UTC.
    expect(draft.publishedAt?.toISOString()).toBe('2024-07-19T22:45:00.000Z');
    expect(draft.warnings).toContain('time zone Australia/Sydney guessed from url domain');
    expect(draft.url).toBe('https://news.example.com.au/crocodile-pool');
    expect(draft.images).toEqual([{ caption: 'A crocodile rests beside a backyard pool', credit: 'Coastal Wildlife Service' }]);
    expect(draft.relatedLinks).toEqual([{ title: 'Record number of crocodiles removed from waterways this year' }]);
    const body = paragraphs(draft.bodyText);
    expect(body[0]).toMatch(/^Wildlife officers have relocated/);
    expect(body[body.length - 1]).toBe('The service said it had received 14 reports of crocodiles in residential areas since January.');
    expect(draft.bodyText).not.toMatch(/Loading audio|Read more|Photograph|See all|Cricket/);
    expect(draft.siteLinks.map((l) => l.title)).toEqual([
      'Local side clinches title with last-ball six in thrilling final',
      'Veteran half-back announces retirement after 300 games',
      'Cyclone warning downgraded as system weakens off the coast',
      'Temperatures to soar to 40C across the region this weekend',
    ]);
  });

  it('takes the first line as title when there is no date header, and warns when a time has no zone', () => {
    const text = [
      'Harbour bridge to close for repairs',
      '',
      '5 June 2024, 18:00',
      '',
      'The harbour bridge will close for three weekends in August so that engineers can replace worn expansion joints, the transport authority said.',
      '',
      'Buses will replace the tram service across the river while the work is carried out, and ferries will run every ten minutes.',
    ].join('\n');
    const draft = extractTextDocument(text);
    expect(draft.title).toBe('Harbour bridge to close for repairs');
    expect(draft.publishedAt?.toISOString()).toBe('2024-06-05T18:00:00.000Z');
    expect(draft.warnings).toContain('time zone unknown: the wall-clock time was read as UTC');
    expect(paragraphs(draft.bodyText)).toHaveLength(2);
    expect(draft.bodyHtml).toBe(paragraphs(draft.bodyText).map((p) => `<p>${p}</p>`).join('\n'));
  });
});
