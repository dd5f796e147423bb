import { describe, expect, it } from 'vitest';
import { topicNamesFromCategories } from '../../../src/ingest/opml/opml-categories.js';
import type { OpmlOutline } from '../../../src/ingest/opml/opml-document.js';
import { OpmlError, type OpmlErrorCode } from '../../../src/ingest/opml/opml-error.js';
import { parseOpml } from '../../../src/ingest/opml/parse-opml.js';
import { serializeOpml } from '../../../src/ingest/opml/serialize-opml.js';

function opml(body: string, head = '<head><title>t</title></head>'): string {
  return `<?xml version="1.0"?>\n<opml version="2.0">${head}<body>\n${body}\n</body></opml>`;
}

function expectOpmlError(input: string | Uint8Array, code: OpmlErrorCode, message?: RegExp): void {
  let caught: unknown;
  try {
    parseOpml(input);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OpmlError);
  expect((caught as OpmlError).code).toBe(code);
  if (message) expect((caught as OpmlError).message).toMatch(message);
}

describe('serializeOpml → parseOpml round trip', () => {
  const outlines: OpmlOutline[] = [
    { xmlUrl: 'https://a.example.com/feed', htmlUrl: 'https://a.example.com/', title: 'A & B <News> "quoted"', categories: ['World/Europe', 'analysis', 'Elections/2025'] },
    { xmlUrl: 'https://b.example.com/rss?x=1&y=2', title: 'Second in Europe', categories: ['World/Europe'] },
    { xmlUrl: 'https://c.example.com/atom.xml', title: 'Back up a level', categories: ['World'] },
    { xmlUrl: 'https://d.example.com/feed.json', categories: [] },
    { xmlUrl: 'https://e.example.com/feed', title: 'Another World', categories: ['World', 'long reads'] },
    { xmlUrl: 'https://f.example.com/feed', title: 'Ünïcödé 新闻 — ok', categories: ['Wissenschaft & Technik/Raumfahrt'] },
  ];
  const dateCreated = new Date('2025-03-12T08:15:30Z');

  it('gives back exactly what was written, order included', () => {
    const parsed = parseOpml(serializeOpml({ title: 'My feeds & more', dateCreated, outlines }));
    expect(parsed).toEqual({ title: 'My feeds & more', dateCreated, outlines, skipped: [], warnings: [] });
  });

  it('survives a round trip as bytes too', () => {
    const parsed = parseOpml(new TextEncoder().encode(serializeOpml({ outlines })));
    expect(parsed.outlines).toEqual(outlines);
    expect(parsed.title).toBeUndefined();
  });

  it('writes nested folders for the first category and the rest as a category list', () => {
    const xml = serializeOpml({ title: 'x', outlines: outlines.slice(0, 3) });
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toMatch(/<outline text="World">\s*<outline text="Europe">\s*<outline type="rss" text="A &amp; B &lt;News&gt; &quot;quoted&quot;"/);
    expect(xml).toContain('category="analysis,/Elections/2025"');
    expect(xml).toContain('xmlUrl="https://b.example.com/rss?x=1&amp;y=2"');
  });

  it('groups folders on request, keeping order inside each', () => {
    const parsed = parseOpml(serializeOpml({ outlines }, { groupByFolder: true }));
    expect(parsed.outlines.map((o) => o.xmlUrl.slice(8, 9))).toEqual(['a', 'b', 'c', 'e', 'd', 'f']);
    expect(parsed.outlines.find((o) => o.xmlUrl.includes('e.example'))?.categories).toEqual(['World', 'long reads']);
  });

  it('keeps line breaks and drops characters XML cannot carry', () => {
    const xml = serializeOpml({ outlines: [{ xmlUrl: 'https://x.example/f', title: 'one\ntwo\u0001\uFFFF', categories: ['a,b'] }] });
    expect(xml).toContain('text="one&#10;two"');
    expect(parseOpml(xml).outlines).toEqual([{ xmlUrl: 'https://x.example/f', title: 'one two', categories: ['a,b'] }]);
  });

  it('writes a category with a comma outside the folder as a single category', () => {
    const xml = serializeOpml({ outlines: [{ xmlUrl: 'https://x.example/f', categories: ['Top', 'Politics, US'] }] });
    expect(parseOpml(xml).outlines[0]?.categories).toEqual(['Top', 'Politics US']);
  });
});

describe('parseOpml rules', () => {
  it('reads the category attribute as comma-separated paths and tags', () => {
    const result = parseOpml(opml('<outline text="F" xmlUrl="https://f.example/rss" category="/Boston/Weather, /Harvard//Berkman/ ,tag, tag,"/>'));
    expect(result.outlines[0]?.categories).toEqual(['Boston/Weather', 'Harvard/Berkman', 'tag']);
  });

  it('turns the folder path into the first category', () => {
    const result = parseOpml(opml('<outline text="A"><outline title="B"><outline text="C"><outline text="F" xmlUrl="https://f.example/rss" category="x"/></outline></outline></outline>'));
    expect(result.outlines[0]?.categories).toEqual(['A/B/C', 'x']);
  });

  it('accepts url on feed-typed outlines but not on links', () => {
    const result = parseOpml(opml('<outline type="RSS" text="F" url="https://f.example/rss"/><outline type="link" text="L" url="https://l.example/"/>'));
    expect(result.outlines.map((o) => o.xmlUrl)).toEqual(['https://f.example/rss']);
    expect(result.skipped).toEqual([{ line: 3, reason: 'outline "L" is a link to https://l.example/, not a feed' }]);
  });

  it('resolves relative URLs against the base URL given by the caller', () => {
    const result = parseOpml(opml('<outline text="F" xmlUrl="../feeds/a.xml"/>'), { baseUrl: 'https://lists.example.com/me/list.opml' });
    expect(result.outlines[0]?.xmlUrl).toBe('https://lists.example.com/feeds/a.xml');
  });

  it('records recoverable XML problems as warnings with lines', () => {
    const result = parseOpml(opml('<outline text="Caf&eacute;" xmlUrl="https://f.example/rss"/>'));
    expect(result.outlines[0]?.title).toBe('Café');
    expect(result.warnings).toEqual([{ message: 'HTML entity &eacute; is not defined in XML (decoded as HTML)', line: 3 }]);
  });

  it('maps categories to topic names', () => {
    expect(topicNamesFromCategories(['News/World', 'world', 'Elections/2025', ' /Tech/ '])).toEqual(['News', 'World', 'Elections', '2025', 'Tech']);
  });
});

describe('parseOpml refuses what is not OPML, with a code', () => {
  it('refuses empty and non-XML input', () => {
    expectOpmlError('', 'EMPTY', /input is empty/);
    expectOpmlError(' \n ', 'EMPTY', /only whitespace/);
    expectOpmlError('url,title\nhttps://x,y', 'NOT_OPML', /not XML \(starts with "url,title/);
    expectOpmlError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'BINARY', /a PNG image/);
  });

  it('refuses feeds, HTML pages and other XML', () => {
    expectOpmlError('<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'NOT_OPML', /is a feed \(<rss>\).*add it as a source instead/);
    expectOpmlError('<!DOCTYPE html><html><head></head><body></body></html>', 'NOT_OPML', /HTML page/);
    expectOpmlError('<svg xmlns="http://www.w3.org/2000/svg"/>', 'NOT_OPML', /root element <svg> is not <opml>/);
  });

  it('refuses an OPML file without a body', () => {
    expectOpmlError('<opml version="1.0"><head><title>x</title></head></opml>', 'NO_BODY', /no <body>.*line 1, column 1/);
  });

  it('refuses a truncated file with its position', () => {
    expectOpmlError(opml('<outline text="A"><outline text="F" xmlUrl="https://f.example/rss"/>').slice(0, -14), 'MALFORMED_XML', /unclosed <.*> at line \d+/);
  });

  it('refuses inputs over the size limit before parsing', () => {
    expect(() => parseOpml(opml(''), { maxBytes: 10 })).toThrow(/TOO_LARGE: input is \d+ characters, more than the limit of 10 bytes/);
  });

  it('names an unsupported encoding, and reads UTF-8 under an unknown label with a warning', () => {
    const latin1 = Uint8Array.from(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><opml><body><outline text="Caf\u00e9"/></body></opml>', 'latin1'));
    expectOpmlError(latin1, 'UNSUPPORTED_ENCODING', /x-klingon/);
    const utf8 = new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><opml><body><outline text="Café" xmlUrl="https://c.example/rss"/></body></opml>');
    const result = parseOpml(utf8);
    expect(result.outlines[0]?.title).toBe('Café');
    expect(result.warnings).toEqual([{ message: 'unknown encoding "x-klingon" in the XML declaration; the bytes are valid UTF-8, using utf-8' }]);
  });
});

describe('hostile OPML', () => {
  it('refuses entity declarations (billion laughs)', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE opml [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<opml version="2.0"><head><title>&lol3;</title></head><body/></opml>`;
    expectOpmlError(laughs, 'DOCTYPE_ENTITIES_REFUSED', /line 2/);
  });

  it('refuses external entities (XXE) and never reads them', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><opml><body><outline text="&xxe;" xmlUrl="https://x.example/rss"/></body></opml>`;
    expectOpmlError(xxe, 'DOCTYPE_ENTITIES_REFUSED');
  });

  it('keeps an undeclared entity as text instead of resolving it', () => {
    const result = parseOpml('<!DOCTYPE opml SYSTEM "http://attacker.example/x.dtd"><opml><body><outline text="&secret;" xmlUrl="https://x.example/rss"/></body></opml>');
    expect(result.outlines[0]?.title).toBe('&secret;');
    expect(result.warnings[0]?.message).toMatch(/undefined entity &secret;/);
  });

  it('refuses absurd nesting instead of recursing without bound', () => {
    const deep = '<outline text="f">'.repeat(1000) + '</outline>'.repeat(1000);
    expectOpmlError(opml(deep), 'MALFORMED_XML', /nested deeper than 256 levels/);
  });

  it('skips script and file URLs and reports each', () => {
    const result = parseOpml(
      opml('<outline text="J" xmlUrl="javascript:alert(1)"/><outline text="F" xmlUrl="file:///etc/passwd"/><outline text="D" xmlUrl="data:text/xml,&lt;rss/&gt;"/>'),
    );
    expect(result.outlines).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'outline "J": "javascript:alert(1)" uses the javascript scheme; only http and https feeds can be fetched',
      'outline "F": "file:///etc/passwd" uses the file scheme; only http and https feeds can be fetched',
      'outline "D": "data:text/xml,<rss/>" uses the data scheme; only http and https feeds can be fetched',
    ]);
  });

  it('handles many outlines in one file', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `<outline text="F${i}" xmlUrl="https://f${i % 5000}.example/rss"/>`).join('\n');
    const result = parseOpml(opml(body));
    expect(result.outlines).toHaveLength(5000);
    expect(result.skipped).toHaveLength(15_000);
  });
});
