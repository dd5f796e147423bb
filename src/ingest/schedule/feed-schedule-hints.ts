import { NS } from '../parse/namespaces.js';
import { child, childElements, childrenNamed, textContent } from '../parse/xml-query.js';
import type { XmlElement } from '../parse/xml-document.js';
import type { FeedScheduleHints } from './next-fetch.js';

const RSS = [NS.none, NS.rss10, NS.rss090, NS.rss2];
const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10_080, monthly: 43_200, yearly: 525_600 };

/**
 * The polling hints of an RSS channel, read from the parsed XML tree (call it where the feed is parsed, so
 * the document is read once): `ttl`, `skipHours/hour`, `skipDays/day` (RSS 0.91–2.0) and the syndication
 * module's `sy:updatePeriod` ÷ `sy:updateFrequency` (RSS 1.0, and WordPress in RSS 2.0). Undefined for a
 * root without a channel (Atom) or a channel without hints. Values are passed through as numbers and names;
 * planNextFetch reports the ones it cannot use.
 */
export function readFeedScheduleHints(root: XmlElement): FeedScheduleHints | undefined {
  const channel = root.local.toLowerCase() === 'channel' ? root : childElements(root).find((el) => el.local.toLowerCase() === 'channel');
  if (!channel) return undefined;
  const hints: FeedScheduleHints = {};
  const ttl = integer(child(channel, 'ttl', RSS));
  if (ttl !== undefined) hints.ttlMinutes = ttl;
  const skipHours = child(channel, 'skipHours', RSS);
  if (skipHours) {
    const hours = childrenNamed(skipHours, 'hour', RSS).map(integer).filter((h): h is number => h !== undefined);
    if (hours.length > 0) hints.skipHours = hours;
  }
  const skipDays = child(channel, 'skipDays', RSS);
  if (skipDays) {
    const days = childrenNamed(skipDays, 'day', RSS).map((d) => textContent(d).trim()).filter((d) => d !== '');
    if (days.length > 0) hints.skipDays = days;
  }
  const period = child(channel, 'updatePeriod', [NS.sy]);
  if (period) {
    const minutes = PERIOD_MINUTES[textContent(period).trim().toLowerCase()];
    const frequency = integer(child(channel, 'updateFrequency', [NS.sy])) ?? 1;
    if (minutes !== undefined && frequency > 0) hints.updatePeriodMinutes = minutes / frequency;
  }
  return Object.keys(hints).length > 0 ? hints : undefined;
}

function integer(el: XmlElement | undefined): number | undefined {
  if (!el) return undefined;
  const text = textContent(el).trim();
  return /^-?\d{1,9}$/.test(text) ? Number(text) : undefined;
}
