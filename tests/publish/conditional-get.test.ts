import { describe, expect, it } from 'vitest';
import { feedEtag, httpDate, isNotModified, parseHttpDate } from '../../src/publish/index.js';

const ETAG = feedEtag('<rss>body</rss>');
const LAST_MODIFIED = new Date('2024-03-02T10:00:00.750Z');

describe('feedEtag', () => {
  it('is a quoted strong validator that changes with the body and only with it', () => {
    expect(ETAG).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(feedEtag('<rss>body</rss>')).toBe(ETAG);
    expect(feedEtag('<rss>body!</rss>')).not.toBe(ETAG);
    expect(feedEtag('é')).not.toBe(feedEtag('e'));
  });
});

describe('isNotModified', () => {
  it('is false for an unconditional request', () => {
    expect(isNotModified({}, ETAG, LAST_MODIFIED)).toBe(false);
  });

  it('matches If-None-Match by weak comparison, in lists and with *', () => {
    expect(isNotModified({ 'if-none-match': ETAG }, ETAG, LAST_MODIFIED)).toBe(true);
    expect(isNotModified({ 'if-none-match': `W/${ETAG}` }, ETAG, LAST_MODIFIED)).toBe(true);
    expect(isNotModified({ 'if-none-match': `"other", W/"x,y" ,${ETAG}` }, ETAG, LAST_MODIFIED)).toBe(true);
    expect(isNotModified({ 'if-none-match': '*' }, ETAG, LAST_MODIFIED)).toBe(true);
    expect(isNotModified({ 'if-none-match': '"other", W/"another"' }, ETAG, LAST_MODIFIED)).toBe(false);
    expect(isNotModified({ 'if-none-match': ETAG.slice(1, -1) }, ETAG, LAST_MODIFIED)).toBe(true);
  });

  it('does not split a quoted tag at its comma', () => {
    expect(isNotModified({ 'if-none-match': '"a,b"' }, '"a"', LAST_MODIFIED)).toBe(false);
    expect(isNotModified({ 'if-none-match': '"a,b"' }, '"a,b"', LAST_MODIFIED)).toBe(true);
  });

  it('lets If-None-Match win over If-Modified-Since (RFC 9110 §13.2.2)', () => {
    const fresh = httpDate(new Date('2030-01-01T00:00:00Z'));
    expect(isNotModified({ 'if-none-match': '"stale"', 'if-modified-since': fresh }, ETAG, LAST_MODIFIED)).toBe(false);
    expect(isNotModified({ 'if-none-match': ETAG, 'if-modified-since': 'Mon, 01 Jan 1990 00:00:00 GMT' }, ETAG, LAST_MODIFIED)).toBe(true);
  });

  it('compares If-Modified-Since at one-second resolution', () => {
    expect(isNotModified({ 'if-modified-since': 'Sat, 02 Mar 2024 10:00:00 GMT' }, ETAG, LAST_MODIFIED)).toBe(true);
    expect(isNotModified({ 'if-modified-since': httpDate(LAST_MODIFIED) }, ETAG, LAST_MODIFIED)).toBe(true);
    expect(isNotModified({ 'if-modified-since': 'Sat, 02 Mar 2024 09:59:59 GMT' }, ETAG, LAST_MODIFIED)).toBe(false);
    expect(isNotModified({ 'if-modified-since': 'Sun, 03 Mar 2024 00:00:00 GMT' }, ETAG, LAST_MODIFIED)).toBe(true);
  });

  it('ignores an invalid If-Modified-Since', () => {
    for (const bad of ['yesterday', '2024-03-03T00:00:00Z', 'Sat, 31 Feb 2024 10:00:00 GMT', '', 'Sat, 02 Mar 2024 25:00:00 GMT']) {
      expect(isNotModified({ 'if-modified-since': bad }, ETAG, LAST_MODIFIED)).toBe(false);
    }
    expect(isNotModified({ 'if-none-match': '  ', 'if-modified-since': 'Sun, 03 Mar 2024 00:00:00 GMT' }, ETAG, LAST_MODIFIED)).toBe(true);
  });
});

describe('parseHttpDate', () => {
  it('reads the three HTTP-date forms as GMT', () => {
    const expected = '1994-11-06T08:49:37.000Z';
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')?.toISOString()).toBe(expected);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')?.toISOString()).toBe(expected);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')?.toISOString()).toBe(expected);
    expect(parseHttpDate(httpDate(new Date(expected)))?.toISOString()).toBe(expected);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 +0000')).toBeUndefined();
    expect(parseHttpDate(undefined)).toBeUndefined();
  });
});
