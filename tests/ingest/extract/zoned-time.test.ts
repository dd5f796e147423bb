import { describe, expect, it } from 'vitest';
import { parseDateTime, wallClockToInstant } from '../../../src/ingest/extract/zoned-time.js';
import { guessTimeZone } from '../../../src/ingest/extract/guess-time-zone.js';

const iso = (text: string, zone?: string): string | undefined => parseDateTime(text, zone)?.date.toISOString();

describe('parseDateTime', () => {
  it('reads London wall clocks with BST in summer and GMT in winter', () => {
    expect(iso('4 May 2023, 10:24', 'Europe/London')).toBe('2023-05-04T09:24:00.000Z');
    expect(iso('4 January 2023, 10:24', 'Europe/London')).toBe('2023-01-04T10:24:00.000Z');
    // The last Sunday of March: 00:30 is still GMT, 02:30 is after the change to BST.
    expect(iso('26 March 2023 00:30', 'Europe/London')).toBe('2023-03-26T00:30:00.000Z');
    expect(iso('26 March 2023 02:30', 'Europe/London')).toBe('2023-03-26T01:30:00.000Z');
  });

  it('prefers a zone written in the text over the guessed one', () => {
    expect(iso('10:24 BST, 4 May 2023', 'America/New_York')).toBe('2023-05-04T09:24:00.000Z');
    expect(iso('May 4, 2023 at 3:46 PM EDT')).toBe('2023-05-04T19:46:00.000Z');
    expect(iso('2015-07-24T05:36:09+01:00')).toBe('2015-07-24T04:36:09.000Z');
    expect(iso('2021-11-01T10:52:50+0100')).toBe('2021-11-01T09:52:50.000Z');
    expect(iso('Thu, 04 May 2023 10:24:00 GMT')).toBe('2023-05-04T10:24:00.000Z');
    expect(parseDateTime('2017-11-03 03:01:00.000000')?.zoneSource).toBe('utc');
  });

  it('rejects text without a real calendar date', () => {
    expect(parseDateTime('yesterday')).toBeUndefined();
    expect(parseDateTime('31 February 2023')).toBeUndefined();
    expect(parseDateTime('')).toBeUndefined();
  });

  it('converts wall clocks with Intl rules in any zone', () => {
    const clock = { year: 2024, month: 7, day: 20, hour: 8, minute: 45, second: 0, millisecond: 0 };
    expect(wallClockToInstant(clock, 'Australia/Sydney').toISOString()).toBe('2024-07-19T22:45:00.000Z');
    expect(wallClockToInstant(clock, 'America/Los_Angeles').toISOString()).toBe('2024-07-20T15:45:00.000Z');
  });
});

describe('guessTimeZone', () => {
  it('follows the documented order: caller, URL domain, language region, language, English text clues', () => {
    expect(guessTimeZone({ timeZone: 'Asia/Tokyo', url: 'https://a.co.uk/' })?.timeZone).toBe('Asia/Tokyo');
    expect(guessTimeZone({ url: 'https://www.example.co.uk/x', language: 'fr' })?.timeZone).toBe('Europe/London');
    expect(guessTimeZone({ language: 'pt-BR' })?.timeZone).toBe('America/Sao_Paulo');
    expect(guessTimeZone({ language: 'de' })?.timeZone).toBe('Europe/Berlin');
    expect(guessTimeZone({ text: 'Prices rose £5 in London; UK shoppers and British firms.' })?.timeZone).toBe('Europe/London');
    expect(guessTimeZone({ text: 'The U.S. economy added $5 billion.' })).toBeUndefined();
  });
});
