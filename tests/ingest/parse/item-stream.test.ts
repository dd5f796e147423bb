import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.js';
import { sanitizeHtmlFragment, sanitizeHtmlWithText } from '../../../src/ingest/sanitize.js';

describe('items converted as they end (ItemStream)', () => {
  it('keeps channel warnings before item warnings, and items in document order, wherever the channel head is', () => {
    const feed = parseFeed(Buffer.from(`<rss version="2.0"><channel>
<item><title>one</title><pubDate>not a date 1</pubDate></item>
<lastBuildDate>not a date 0</lastBuildDate>
<item><title>two</title><pubDate>not a date 2</pubDate></item>
<title>Late title</title>
</channel></rss>`));
    expect(feed.title).toBe('Late title');
    expect(feed.items.map((i) => i.title)).toEqual(['one', 'two']);
    expect(feed.warnings.map((w) => w.message)).toEqual([
      'invalid date "not a date 0" in <lastBuildDate>',
      'invalid date "not a date 1" in <pubDate>',
      'invalid date "not a date 2" in <pubDate>',
    ]);
  });

  it('reads items of the first channel only, then items written under <rss> itself', () => {
    const feed = parseFeed(Buffer.from('<rss version="2.0"><channel><item><title>a</title></item></channel><item><title>b</title></item><channel><item><title>c</title></item></channel></rss>'));
    expect(feed.items.map((i) => i.title)).toEqual(['a', 'b']);
  });

  it('drops what was streamed when the document is read again by the recovering tokenizer', () => {
    // the unclosed <br> makes the fast scanner give up after the first entry was converted
    const feed = parseFeed(Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>first</title></entry><entry><title>second</title><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">a<br>b</div></summary></entry></feed>'));
    expect(feed.items.map((i) => i.title)).toEqual(['first', 'second']);
  });
});

describe('sanitizer output built copy-on-change', () => {
  it('escapes what must be escaped even where the rest is copied from the source', () => {
    expect(sanitizeHtmlFragment('<p>a &doesnotexist; b &gt; c</p><p>plain</p>')).toBe('<p>a &amp;doesnotexist; b &gt; c</p><p>plain</p>');
    expect(sanitizeHtmlFragment('<P>upper</P><p>x > y</p>')).toBe('<p>upper</p><p>x &gt; y</p>');
  });

  it('resolves root-relative and absolute URLs as the URL parser does, dot segments included', () => {
    const html = '<a href="/a/./b/../c">1</a><a href="/x/y.jpg">2</a><a href="https://Other.example">3</a><img src="/i.png">';
    expect(sanitizeHtmlFragment(html, 'https://news.example/dir/page')).toBe(
      '<a href="https://news.example/a/c" rel="noopener noreferrer nofollow">1</a><a href="https://news.example/x/y.jpg" rel="noopener noreferrer nofollow">2</a>'
        + '<a href="https://other.example/" rel="noopener noreferrer nofollow">3</a><img src="https://news.example/i.png" />',
    );
  });

  it('gives the text in block form from the pieces', () => {
    expect(sanitizeHtmlWithText('<p> one  two\n</p><p>three<br>four </p>text').text).toBe('one two\n\nthree\n\nfour\n\ntext');
  });
});
