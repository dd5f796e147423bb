import type { Chapter, FeedPerson, GeneratorDetail, GeoShape, PodcastInfo, RawDates } from '../../domain/feed.js';
import { NS } from './namespaces.js';
import { compact } from './parse-context.js';
import { parsePersonText, makePerson } from './parse-person.js';
import { resolveUrl } from './resolve-url.js';
import { attr, child, childrenNamed, childText, textContent } from './xml-query.js';
import type { XmlElement } from './xml-document.js';

const ITUNES = [NS.itunes] as const;
const GEORSS = [NS.georss] as const;
const GML = [NS.gml] as const;

/** Undefined for an empty object: optional parts of the model are absent, never `{}`. */
export function nonEmptyObject<T extends object>(value: T): T | undefined {
  const c = compact(value);
  return Object.keys(c).length > 0 ? c : undefined;
}

/**
 * iTunes flags. Apple's directory honours `block` only when it is exactly `yes`, and `explicit` only for
 * its documented words; anything else is "not said" (null), not a guess.
 */
export function podcastInfo(el: XmlElement): PodcastInfo | undefined {
  const blockEl = child(el, 'block', ITUNES);
  const explicitEl = child(el, 'explicit', ITUNES);
  const owner = child(el, 'owner', ITUNES);
  const explicit = explicitEl ? textContent(explicitEl) : undefined;
  return nonEmptyObject<PodcastInfo>({
    block: blockEl ? textContent(blockEl) === 'yes' : undefined,
    explicit: explicit === undefined ? undefined : ['yes', 'explicit', 'true'].includes(explicit) ? true : ['clean', 'no', 'false'].includes(explicit) ? false : null,
    duration: childText(el, 'duration', ITUNES),
    subtitle: childText(el, 'subtitle', ITUNES),
    owner: owner ? makePerson(childText(owner, 'name', ITUNES), childText(owner, 'email', ITUNES), undefined) : undefined,
    newFeedUrl: childText(el, 'new-feed-url', ITUNES),
  });
}

/** `dc:publisher` (a person string like `Name (email)`). */
export function dublinCorePublisher(el: XmlElement): FeedPerson | undefined {
  return parsePersonText(childText(el, 'publisher', [NS.dc, NS.dcterms]));
}

/** Atom `generator`: text is the name, `uri` (1.0) or `url` (0.3) and `version` attributes. */
export function generatorDetail(el: XmlElement | undefined): GeneratorDetail | undefined {
  if (!el) return undefined;
  const url = attr(el, 'uri') ?? attr(el, 'url');
  return nonEmptyObject<GeneratorDetail>({
    name: textContent(el).trim() || undefined,
    url: url?.trim() ? resolveUrl(url, el.base) : undefined,
    version: attr(el, 'version')?.trim() || undefined,
  });
}

/** The first non-blank text of these children, as written (for RawDates). */
export function rawText(el: XmlElement, candidates: [string, readonly string[]][]): string | undefined {
  for (const [local, namespaces] of candidates) {
    const value = childText(el, local, namespaces);
    if (value) return value;
  }
  return undefined;
}

export function rawDates(values: RawDates): RawDates | undefined {
  return nonEmptyObject(values);
}

/** dcterms:valid `start=…;end=…;scheme=W3C-DTF` (DCMI Period). */
export function dcmiPeriod(value: string | undefined): { start?: string; end?: string } {
  const out: { start?: string; end?: string } = {};
  for (const part of (value ?? '').split(';')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim().toLowerCase();
    const v = part.slice(eq + 1).trim();
    if (eq !== -1 && v && (key === 'start' || key === 'end')) out[key] = v;
  }
  return out;
}

/** Podlove Simple Chapters (`psc:chapters`, the first block only). */
export function chapters(el: XmlElement): Chapter[] | undefined {
  const block = child(el, 'chapters', [NS.psc]);
  if (!block) return undefined;
  const out: Chapter[] = [];
  for (const c of childrenNamed(block, 'chapter', [NS.psc])) {
    const start = attr(c, 'start')?.trim();
    const title = attr(c, 'title')?.trim() ?? '';
    if (!start) continue;
    const href = attr(c, 'href')?.trim();
    const image = attr(c, 'image')?.trim();
    const seconds = playTimeSeconds(start);
    out.push({ start, ...(seconds !== undefined ? { startSeconds: seconds } : {}), title, ...(href ? { href: resolveUrl(href, c.base) } : {}), ...(image ? { image: resolveUrl(image, c.base) } : {}) });
  }
  return out.length > 0 ? out : undefined;
}

/**
 * GeoRSS Simple (`georss:point|line|polygon|box`) and GeoRSS GML (`georss:where` with gml:Point,
 * LineString, Polygon). Both write latitude first; the model is GeoJSON (longitude first), except for a
 * projected reference system (`srsName` other than a geographic EPSG code), whose axes are kept.
 */
export function geoShape(el: XmlElement): GeoShape | undefined {
  const simple: [string, GeoShape['type']][] = [['point', 'Point'], ['line', 'LineString'], ['polygon', 'Polygon'], ['box', 'Box']];
  for (const [local, type] of simple) {
    const found = child(el, local, GEORSS);
    if (found) return shape(type, numbers(textContent(found)), 2, true);
  }
  // GML belongs in georss:where, but feeds also put it straight in the item
  const where = child(el, 'where', GEORSS) ?? el;
  for (const [local, type] of [['Point', 'Point'], ['LineString', 'LineString'], ['Polygon', 'Polygon']] as const) {
    const g = child(where, local, GML);
    if (!g) continue;
    const srs = attr(g, 'srsName')?.trim();
    const dimension = Number(attr(g, 'srsDimension') ?? 2) === 3 ? 3 : 2;
    const geographic = !srs || /(?:4326|4979|4258)$/.test(srs);
    const container = type === 'Polygon' ? child(child(child(g, 'exterior', GML) ?? g, 'LinearRing', GML) ?? g, 'posList', GML) : child(g, 'posList', GML) ?? child(g, 'pos', GML);
    if (!container) return undefined;
    return shape(type, numbers(textContent(container)), dimension, geographic);
  }
  return undefined;
}

function numbers(text: string): number[] {
  const parts = text.trim().split(/[\s,]+/).filter(Boolean);
  const out = parts.map(Number);
  return out.every(Number.isFinite) ? out : [];
}

function shape(type: GeoShape['type'], values: number[], dimension: number, swap: boolean): GeoShape | undefined {
  if (values.length === 0 || values.length % dimension !== 0) return undefined;
  const points: number[][] = [];
  for (let i = 0; i < values.length; i += dimension) {
    const p = values.slice(i, i + dimension);
    points.push(swap ? [p[1] as number, p[0] as number, ...p.slice(2)] : p);
  }
  if (type === 'Point') return points.length === 1 ? { type, coordinates: points[0] as number[] } : undefined;
  if (type === 'Polygon') return points.length >= 4 ? { type, coordinates: [points] } : undefined;
  if (type === 'Box') return points.length === 2 ? { type, coordinates: points } : undefined;
  return points.length >= 2 ? { type, coordinates: points } : undefined;
}

/** Normal Play Time (`hh:mm:ss.fff`, `mm:ss`, `ss`) → seconds. */
export function playTimeSeconds(value: string): number | undefined {
  const m = /^(?:(?:(\d+):)?(\d{1,2}):)?(\d{1,2})(\.\d+)?$/.exec(value.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3]) + (m[4] ? Number(m[4]) : 0);
}
