import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import sanitizeHtml from 'sanitize-html';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeHtmlFragment, sanitizeHtmlWithText } from '../../../src/ingest/sanitize.js';
import { parseXmlDocument, type XmlElement } from '../../../src/ingest/parse/xml-document.js';
import { innerMarkup, textContent, hasElementChildren } from '../../../src/ingest/parse/xml-query.js';
import { corpusPath } from './scorers/corpus-path.js';

/**
 * The reference: the policy as first written with sanitize-html. Our single-pass implementation must
 * give the same output on real feed and page HTML.
 */
function referenceSanitize(html: string, baseUrl?: string): string {
  const resolve = (value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    if (!baseUrl) return trimmed;
    try {
      return new URL(trimmed, baseUrl).href;
    } catch {
      return trimmed;
    }
  };
  return sanitizeHtml(html, {
    allowedTags: [
      'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl', 'dt',
      'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li',
      'mark', 'ol', 'p', 'picture', 'pre', 'q', 's', 'small', 'source', 'span', 'strong', 'sub', 'sup',
      'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'hreflang', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height', 'srcset'],
      source: ['srcset', 'type', 'media'],
      time: ['datetime'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      blockquote: ['cite'],
      q: ['cite'],
      '*': ['lang', 'dir'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed'],
    transformTags: {
      a: (tagName, attribs) => {
        const href = resolve(attribs.href);
        return { tagName, attribs: { ...attribs, ...(href ? { href } : {}), rel: 'noopener noreferrer nofollow' } };
      },
      img: (tagName, attribs) => {
        const src = resolve(attribs.src);
        return { tagName, attribs: { ...attribs, ...(src ? { src } : {}) } };
      },
    },
  }).trim();
}

const BLOCK_BREAK = /<\/(p|div|h[1-6]|li|blockquote|tr|figure|figcaption|pre|table|ul|ol|dl|dd|dt)\s*>|<br\s*\/?>/gi;

function referenceText(html: string): string {
  const withBreaks = html.replace(BLOCK_BREAK, '\n\n');
  const stripped = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'noscript', 'template'] });
  return decodeHTML(stripped)
    .split(/\n{2,}/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}

const HTML_FIELDS = new Set(['description', 'encoded', 'content', 'summary', 'title', 'subtitle']);

function collectFragments(el: XmlElement, out: string[]): void {
  for (const node of el.children) {
    if (typeof node === 'string') continue;
    if (HTML_FIELDS.has(node.local)) {
      const value = hasElementChildren(node) ? innerMarkup(node) : textContent(node);
      if (/<[a-z!/]|&/i.test(value)) out.push(value);
    }
    collectFragments(node, out);
  }
}

function feedFragments(): string[] {
  const out: string[] = [];
  const files: string[] = [];
  for (const dir of [corpusPath('rss-parser', 'input'), corpusPath('feedparser', 'tests', 'wellformed', 'sanitize'), corpusPath('feedparser', 'tests', 'wellformed', 'base'), corpusPath('feedparser', 'tests', 'entities')]) {
    for (const f of fs.readdirSync(dir).sort()) files.push(path.join(dir, f));
  }
  for (const file of files) {
    try {
      collectFragments(parseXmlDocument(fs.readFileSync(file, 'utf8')).root, out);
    } catch {
      // feeds our XML reader refuses are not HTML samples
    }
  }
  return out;
}

function articlePages(): string[] {
  const out: string[] = [];
  const pages = corpusPath('readability', 'test-pages');
  for (const page of fs.readdirSync(pages).sort().slice(0, 40)) {
    const source = path.join(pages, page, 'source.html.gz');
    if (fs.existsSync(source)) out.push(zlib.gunzipSync(fs.readFileSync(source)).toString('utf8'));
  }
  return out;
}

/**
 * Accepted differences, where htmlparser2 12 follows the HTML spec and the reference's htmlparser2 10
 * did not: an unterminated `<!...` declaration at the end of input is dropped (not half-kept as text),
 * and iframe content is raw text that htmlToText no longer shows.
 */
function unterminatedDeclaration(sample: string): boolean {
  return /<![^>]*$/.test(sample);
}

function iframeText(sample: string): boolean {
  return /<iframe[^>]*>(?!<\/iframe>)/i.test(sample);
}

function differences(samples: string[]): { html: string[]; text: string[] } {
  const html: string[] = [];
  const text: string[] = [];
  for (const sample of samples.filter((s) => !unterminatedDeclaration(s))) {
    const base = 'https://base.example/dir/page.html';
    const expected = referenceSanitize(sample, base);
    if (sanitizeHtmlFragment(sample, base) !== expected) html.push(sample.slice(0, 200));
    if (sanitizeHtmlWithText(sample, base).html !== expected) html.push(`(with text) ${sample.slice(0, 200)}`);
    if (!iframeText(sample) && htmlToText(sample) !== referenceText(sample)) text.push(sample.slice(0, 200));
  }
  return { html, text };
}

describe('sanitize policy: single pass ≡ sanitize-html reference', () => {
  it('gives the same HTML and text on corpus feed fields', () => {
    const samples = feedFragments();
    const diff = differences(samples);
    console.log(`sanitize equivalence (feed fields): ${samples.length} samples, ${diff.html.length} HTML and ${diff.text.length} text differences`);
    for (const d of [...diff.html, ...diff.text].slice(0, 10)) console.log('  ' + JSON.stringify(d));
    expect(samples.length).toBeGreaterThan(1000);
    expect(diff.html).toEqual([]);
    expect(diff.text).toEqual([]);
  });

  it('differs on whole article pages only where the new pass is more faithful', () => {
    // Known, accepted differences: htmlparser2 12 reads <noembed> content as raw text (HTML spec; the
    // reference's htmlparser2 10 parsed tags in it), and htmlToText now breaks on <br> with attributes.
    const pages = articlePages();
    const diff = differences(pages);
    console.log(`sanitize equivalence (article pages): ${pages.length} pages, ${diff.html.length / 2} HTML and ${diff.text.length} text differences`);
    expect(pages.length).toBe(40);
    expect(diff.html.length / 2).toBeLessThanOrEqual(1);
    expect(diff.text.length).toBeLessThanOrEqual(2);
  });

  it('keeps the security properties', () => {
    const dirty = '<p onclick="x()" style="color:red">Hi <a href="javascript:alert(1)">x</a><a href="//evil.example/">y</a><img src="data:image/png;base64,AA" alt=""><script>alert(1)</script><iframe src="https://e.example">fallback</iframe></p>';
    expect(sanitizeHtmlFragment(dirty)).toBe('<p>Hi <a rel="noopener noreferrer nofollow">x</a><a rel="noopener noreferrer nofollow">y</a><img alt="" /></p>');
  });
});
