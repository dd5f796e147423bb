/**
 * Short keys for the namespaces feeds use. A feed may bind any prefix to these URIs (`<foo:creator
 * xmlns:foo="http://purl.org/dc/elements/1.1/">`), so parsers match on the key, never on the prefix.
 */
export const NS = {
  none: '',
  xml: 'xml',
  atom: 'atom',
  atom03: 'atom03',
  rss10: 'rss10',
  rss090: 'rss090',
  rss2: 'rss2',
  rdf: 'rdf',
  dc: 'dc',
  dcterms: 'dcterms',
  content: 'content',
  media: 'media',
  itunes: 'itunes',
  googleplay: 'googleplay',
  xhtml: 'xhtml',
  slash: 'slash',
  wfw: 'wfw',
  sy: 'sy',
  georss: 'georss',
  feedburner: 'feedburner',
  cc: 'cc',
  creativeCommons: 'creativeCommons',
  psc: 'psc',
  gml: 'gml',
  admin: 'admin',
  thr: 'thr',
} as const;

/** URIs (lower-cased, without trailing `/` or `#`) → key. Includes the variants seen in the wild. */
const URI_TO_KEY: Record<string, string> = {
  'http://www.w3.org/xml/1998/namespace': NS.xml,
  'http://www.w3.org/2005/atom': NS.atom,
  'https://www.w3.org/2005/atom': NS.atom,
  'http://purl.org/atom/ns': NS.atom03,
  'http://purl.org/atom/ns#draft-ietf-atompub-format-08': NS.atom,
  'http://purl.org/rss/1.0': NS.rss10,
  'http://channel.netscape.com/rdf/simple/0.9': NS.rss090,
  'http://my.netscape.com/rdf/simple/0.9': NS.rss090,
  'http://backend.userland.com/rss2': NS.rss2,
  'http://blogs.law.harvard.edu/tech/rss': NS.rss2,
  'http://backend.userland.com/rss': NS.rss2,
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': NS.rdf,
  'http://purl.org/dc/elements/1.1': NS.dc,
  'http://purl.org/dc/elements/1.0': NS.dc,
  'http://purl.org/dc/terms': NS.dcterms,
  'http://purl.org/rss/1.0/modules/content': NS.content,
  'http://search.yahoo.com/mrss': NS.media,
  'http://search.yahoo.com/rss': NS.media,
  'http://video.search.yahoo.com/mrss': NS.media,
  'http://www.itunes.com/dtds/podcast-1.0.dtd': NS.itunes,
  'http://example.com/dtds/podcast-1.0.dtd': NS.itunes,
  'https://www.itunes.com/dtds/podcast-1.0.dtd': NS.itunes,
  'http://www.google.com/schemas/play-podcasts/1.0': NS.googleplay,
  'http://www.w3.org/1999/xhtml': NS.xhtml,
  'http://purl.org/rss/1.0/modules/slash': NS.slash,
  'http://wellformedweb.org/commentapi': NS.wfw,
  'http://purl.org/rss/1.0/modules/syndication': NS.sy,
  'http://www.georss.org/georss': NS.georss,
  'http://rssnamespace.org/feedburner/ext/1.0': NS.feedburner,
  'http://web.resource.org/cc': NS.cc,
  'http://creativecommons.org/ns': NS.cc,
  'http://backend.userland.com/creativecommonsrssmodule': NS.creativeCommons,
  'http://cyber.law.harvard.edu/rss/creativecommonsrssmodule.html': NS.creativeCommons,
  'http://podlove.org/simple-chapters': NS.psc,
  'http://www.opengis.net/gml': NS.gml,
  'http://webns.net/mvcb': NS.admin,
  'http://purl.org/syndication/thread/1.0': NS.thr,
};

/** Prefixes so common that feeds use them without declaring them; honoured as a fallback only. */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  xml: NS.xml,
  dc: NS.dc,
  dcterms: NS.dcterms,
  content: NS.content,
  media: NS.media,
  itunes: NS.itunes,
  atom: NS.atom,
  atom10: NS.atom,
  rdf: NS.rdf,
  xhtml: NS.xhtml,
  slash: NS.slash,
  wfw: NS.wfw,
  sy: NS.sy,
  georss: NS.georss,
  feedburner: NS.feedburner,
  googleplay: NS.googleplay,
};

export function namespaceKey(uri: string): string {
  const normalized = uri.trim().toLowerCase().replace(/[/#]+$/, '');
  return URI_TO_KEY[normalized] ?? uri.trim();
}

export function conventionalPrefix(prefix: string): string | undefined {
  return CONVENTIONAL_PREFIXES[prefix.toLowerCase()];
}
