import type { InReplyTo } from '../../domain/feed.js';
import { NS } from './namespaces.js';
import { resolveUrl } from './resolve-url.js';
import { attr, childrenNamed } from './xml-query.js';
import type { XmlElement } from './xml-document.js';

/**
 * RFC 4685 thr:in-reply-to: comment feeds (Blogger, WordPress) say which post each entry answers. `ref`
 * is an identifier (never resolved); `href` and `source` are links, resolved against xml:base.
 */
export function inReplyTo(el: XmlElement): InReplyTo[] | undefined {
  const out: InReplyTo[] = [];
  for (const r of childrenNamed(el, 'in-reply-to', [NS.thr])) {
    const ref = attr(r, 'ref')?.trim();
    const href = attr(r, 'href')?.trim();
    const type = attr(r, 'type')?.trim();
    const source = attr(r, 'source')?.trim();
    if (!ref && !href) continue;
    out.push({
      ...(ref ? { ref } : {}),
      ...(href ? { href: resolveUrl(href, r.base) } : {}),
      ...(type ? { type } : {}),
      ...(source ? { source: resolveUrl(source, r.base) } : {}),
    });
  }
  return out.length > 0 ? out : undefined;
}
