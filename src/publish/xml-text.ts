/**
 * Characters XML 1.0 forbids anywhere in a document (§2.2 Char): C0 controls other than tab/LF/CR,
 * lone surrogates (the `u` flag sees them as code points), U+FFFE and U+FFFF. Escaping cannot save
 * them (`&#1;` is just as illegal), so they are dropped.
 */
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const TEXT_SPECIALS = /[&<>\r]/g;
const ATTRIBUTE_SPECIALS = /[&<>"\t\n\r]/g;
const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
  // literal tab/LF/CR are normalized away by XML parsers (CR everywhere, all three in attributes)
  '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** Removes what XML 1.0 cannot carry; everything else is kept as is. */
export function xmlSafe(value: string): string {
  return value.replace(ILLEGAL_XML_CHARS, '');
}

/** Character data: `>` is escaped too so `]]>` can never appear in text. */
export function escapeXmlText(value: string): string {
  return xmlSafe(value).replace(TEXT_SPECIALS, (c) => REPLACEMENTS[c] ?? c);
}

export function escapeXmlAttribute(value: string): string {
  return xmlSafe(value).replace(ATTRIBUTE_SPECIALS, (c) => REPLACEMENTS[c] ?? c);
}

/** A CDATA section; a `]]>` inside the value is split across two sections, the only way to carry it. */
export function cdata(value: string): string {
  return `<![CDATA[${xmlSafe(value).replace(/\r\n?/g, '\n').split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

/** `<name attr="…">text</name>`, or nothing when the value is absent. */
export function textElement(name: string, value: string | undefined, attributes: Record<string, string | undefined> = {}): string {
  if (value === undefined) return '';
  return `<${name}${attributeList(attributes)}>${escapeXmlText(value)}</${name}>`;
}

export function emptyElement(name: string, attributes: Record<string, string | undefined>): string {
  return `<${name}${attributeList(attributes)}/>`;
}

export function attributeList(attributes: Record<string, string | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  return out;
}

/** Plain text as HTML (for fields that readers render as HTML, like RSS `description`). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => REPLACEMENTS[c] ?? c);
}
