import { describe, expect, it } from 'vitest';
import { parseXmlDocument } from '../../../src/ingest/parse/xml-document.js';
import { readFeedScheduleHints } from '../../../src/ingest/schedule/feed-schedule-hints.js';
import { planNextFetch } from '../../../src/ingest/schedule/next-fetch.js';
import { DEFAULT_SCHEDULE_POLICY } from '../../../src/ingest/schedule/schedule-policy.js';
import { HOUR, MIN, testClock } from './test-clock.js';

const hintsOf = (xml: string) => readFeedScheduleHints(parseXmlDocument(xml).root);

describe('readFeedScheduleHints', () => {
  it('reads ttl, skipHours, skipDays and the syndication module from RSS 2.0', () => {
    const xml = `<rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel>
      <title>t</title><ttl> 90 </ttl>
      <skipHours><hour>0</hour><hour>1</hour><hour>x</hour></skipHours>
      <skipDays><day>Saturday</day><day> Sunday </day></skipDays>
      <sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>
    </channel></rss>`;
    expect(hintsOf(xml)).toEqual({ ttlMinutes: 90, skipHours: [0, 1], skipDays: ['Saturday', 'Sunday'], updatePeriodMinutes: 30 });
  });

  it('reads the syndication module of an RSS 1.0 channel', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
      <channel rdf:about="https://x.example/"><title>t</title><sy:updatePeriod>daily</sy:updatePeriod></channel></rdf:RDF>`;
    expect(hintsOf(xml)).toEqual({ updatePeriodMinutes: 1440 });
  });

  it('finds nothing in Atom or in a channel without hints', () => {
    expect(hintsOf('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>')).toBeUndefined();
    expect(hintsOf('<rss version="2.0"><channel><title>t</title><ttl>soon</ttl></channel></rss>')).toBeUndefined();
  });
});

describe('planNextFetch with a declared update period', () => {
  const clock = testClock('2025-03-12T12:00:00Z');
  const base = { now: clock.now(), outcome: 'OK' as const, consecutiveFailures: 0, policy: DEFAULT_SCHEDULE_POLICY };

  it('uses sy:updatePeriod when the items do not show the publishing rate', () => {
    const result = planNextFetch({ ...base, feedHints: { updatePeriodMinutes: 240 } });
    expect(result.delayMs).toBe(4 * HOUR);
    expect(result.reason).toMatch(/declared update period \(sy:updatePeriod, every 4 h\)/);
    expect(planNextFetch({ ...base, feedHints: { updatePeriodMinutes: 1 } }).delayMs).toBe(DEFAULT_SCHEDULE_POLICY.minIntervalMs);
  });

  it('prefers the observed publishing rate', () => {
    const dates = [1, 2, 3, 4].map((h) => clock.ago(h * HOUR - 30 * MIN));
    expect(planNextFetch({ ...base, recentItemDates: dates, feedHints: { updatePeriodMinutes: 1440 } }).delayMs).toBe(30 * MIN);
  });
});
