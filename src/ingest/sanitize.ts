import sanitizeHtml from 'sanitize-html';
import { decodeHTML } from 'entities';

/**
 * One HTML policy for everything that reaches clients (feed summaries and content, article bodies).
 * An allow-list: no script/style/iframe/form, no event handlers, no `style` attribute (CSS tricks),
 * only http(s)/mailto URLs (no `javascript:`/`data:`/`vbscript:`). Relative URLs are resolved against
 * `baseUrl` so the HTML still works once it is served from somewhere else.
 */
export function sanitizeHtmlFragment(html: string, baseUrl?: string): string {
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

/** Plain text of an HTML fragment: tags dropped, entities decoded, blocks separated by blank lines, spaces collapsed. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(BLOCK_BREAK, '\n\n');
  const stripped = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'noscript', 'template'] });
  return decodeHTML(stripped)
    .split(/\n{2,}/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}
