import type { ArticleDraft } from '../../domain/article.js';
import { decodeInput } from './decode-input.js';
import { ExtractError } from './extract-error.js';
import { extractHtmlArticle } from './extract-html-article.js';
import { DEFAULT_MAX_BYTES, type ExtractOptions } from './extract-options.js';
import { extractTextDocument } from './extract-text-document.js';

export type { ExtractOptions } from './extract-options.js';

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;
const TEXT_TYPES = /^(?:text\/plain|text\/markdown|text\/x-markdown)$/i;

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:head|body|article|p|div|title|meta)[\s>]/.test(head);
}

/**
 * One entry for every page-like source: an HTML page or a text document (a page already turned into
 * text). The Content-Type decides when it names one of the two; without one, the bytes do (markup at
 * the start means HTML). Types that are neither (images, PDF, JSON, feeds) are refused rather than guessed,
 * since a feed must go to the feed parser.
 */
export function extractArticle(input: Uint8Array | string, options: ExtractOptions = {}): ArticleDraft {
  const mime = options.contentType?.split(';')[0]?.trim().toLowerCase();
  if (mime && !HTML_TYPES.test(mime) && !TEXT_TYPES.test(mime)) {
    throw new ExtractError('UNSUPPORTED_CONTENT_TYPE', `Content-Type ${mime} is neither an HTML page nor a text document.`);
  }
  const text = decodeInput(input, options.contentType, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const isHtml = mime ? HTML_TYPES.test(mime) : looksLikeHtml(text);
  return isHtml ? extractHtmlArticle(text, options) : extractTextDocument(text, options);
}
