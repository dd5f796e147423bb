import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/extract/extract-article.js';
import { ExtractError, type ExtractErrorCode } from '../../../src/ingest/extract/extract-error.js';

function codeOf(run: () => unknown): ExtractErrorCode | 'no error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).message.length).toBeGreaterThan(10);
    return (error as ExtractError).code;
  }
}

const story = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of a story about the harbour, with enough words to read like running text.`).join('\n\n');

describe('bad input gets a clear error', () => {
  it('EMPTY for no bytes and for white space only', () => {
    expect(codeOf(() => extractArticle(new Uint8Array()))).toBe('EMPTY');
    expect(codeOf(() => extractArticle(''))).toBe('EMPTY');
    expect(codeOf(() => extractArticle(' \n\t \n'))).toBe('EMPTY');
  });

  it('TOO_LARGE over maxBytes (10 MB by default)', () => {
    expect(codeOf(() => extractArticle(`<html><body><p>${'x'.repeat(2000)}</p></body></html>`, { maxBytes: 1000 }))).toBe('TOO_LARGE');
    expect(codeOf(() => extractArticle(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61)))).toBe('TOO_LARGE');
  });

  it('BINARY for images and other files with NUL or control bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(codeOf(() => extractArticle(png))).toBe('BINARY');
    expect(codeOf(() => extractArticle('\u0001\u0002\u0003\u0004\u0005\u0006 not text \u0007\u0008'))).toBe('BINARY');
  });

  it('UNSUPPORTED_CONTENT_TYPE for types that are neither a page nor a text document', () => {
    expect(codeOf(() => extractArticle(story, { contentType: 'application/pdf' }))).toBe('UNSUPPORTED_CONTENT_TYPE');
    expect(codeOf(() => extractArticle('{"a":1}', { contentType: 'application/json' }))).toBe('UNSUPPORTED_CONTENT_TYPE');
    expect(codeOf(() => extractArticle('<rss></rss>', { contentType: 'application/rss+xml' }))).toBe('UNSUPPORTED_CONTENT_TYPE');
  });

  it('NOT_AN_ARTICLE for a text of short lines or a page without text', () => {
    expect(codeOf(() => extractArticle('Home\nNews\nSport\nWeather\nContact us', { contentType: 'text/plain' }))).toBe('NOT_AN_ARTICLE');
    expect(codeOf(() => extractArticle('<html><body><nav><a href="/">Home</a></nav><img src="a.png"></body></html>'))).toBe('NOT_AN_ARTICLE');
  });

  it('accepts the same story as text, as HTML and as bytes in a declared legacy charset', () => {
    expect(extractArticle(`Harbour news\n\n${story}`).bodyText.split('\n\n')).toHaveLength(6);
    expect(extractArticle(`<html><body><article>${story.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`).bodyText.split('\n\n')).toHaveLength(6);
    const latin1 = Uint8Array.from(Buffer.from(`Caf\u00e9 owners protest\n\n${story}`, 'latin1'));
    expect(extractArticle(latin1, { contentType: 'text/plain; charset=iso-8859-1' }).title).toBe('Café owners protest');
  });
});
