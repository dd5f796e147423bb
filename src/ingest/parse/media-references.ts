import type { MediaReference } from '../../domain/feed.js';
import { NS } from './namespaces.js';
import { parseLength } from './parse-context.js';
import { resolveUrl } from './resolve-url.js';
import { attr, childrenNamed } from './xml-query.js';
import type { XmlElement } from './xml-document.js';

const MEDIA = [NS.media] as const;

/** The element's media:* children of one name, then those inside its media:groups (video feeds group them). */
function mediaElements(el: XmlElement, local: string): XmlElement[] {
  const found = childrenNamed(el, local, MEDIA);
  for (const group of childrenNamed(el, 'group', MEDIA)) found.push(...childrenNamed(group, local, MEDIA));
  return found;
}

function reference(el: XmlElement): MediaReference | undefined {
  const url = attr(el, 'url')?.trim();
  if (!url) return undefined;
  const width = parseLength(attr(el, 'width'));
  const height = parseLength(attr(el, 'height'));
  return { url: resolveUrl(url, el.base), ...(width !== undefined ? { width } : {}), ...(height !== undefined ? { height } : {}) };
}

/** Every media:thumbnail with a url: a publisher may give several sizes, and the item picture is only the first. */
export function mediaThumbnails(el: XmlElement): MediaReference[] | undefined {
  const out: MediaReference[] = [];
  for (const t of mediaElements(el, 'thumbnail')) {
    const ref = reference(t);
    if (ref) out.push(ref);
  }
  return out.length > 0 ? out : undefined;
}

/** media:player: where the media plays when it cannot be downloaded (a video page or embed). */
export function mediaPlayer(el: XmlElement): MediaReference | undefined {
  for (const p of mediaElements(el, 'player')) {
    const ref = reference(p);
    if (ref) return ref;
  }
  return undefined;
}
