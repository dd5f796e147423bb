import type { XmlElement, XmlNode } from './xml-document.js';

/** First child element with this local name in one of the namespaces. */
export function child(el: XmlElement, local: string, namespaces: readonly string[]): XmlElement | undefined {
  for (const node of el.children) {
    if (typeof node !== 'string' && node.local === local && namespaces.includes(node.ns)) return node;
  }
  return undefined;
}

export function childrenNamed(el: XmlElement, local: string, namespaces: readonly string[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of el.children) {
    if (typeof node !== 'string' && node.local === local && namespaces.includes(node.ns)) out.push(node);
  }
  return out;
}

/** Namespaces of the element's children: readers of an extension whose namespace is absent can be skipped. */
export function childNamespaces(el: XmlElement): Set<string> {
  const out = new Set<string>();
  for (const node of el.children) if (typeof node !== 'string') out.add(node.ns);
  return out;
}

export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((node): node is XmlElement => typeof node !== 'string');
}

/** Attribute by local name; un-prefixed attributes have namespace ''. */
export function attr(el: XmlElement, local: string, ns = ''): string | undefined {
  for (const a of el.attributes) if (a.local === local && a.ns === ns) return a.value;
  return undefined;
}

/** Concatenated character data of the element and its descendants. */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const node of el.children) out += typeof node === 'string' ? node : textContent(node);
  return out;
}

/** Trimmed text of the first matching child, undefined when absent or blank. */
export function childText(el: XmlElement, local: string, namespaces: readonly string[]): string | undefined {
  const found = child(el, local, namespaces);
  if (!found) return undefined;
  const text = textContent(found).trim();
  return text === '' ? undefined : text;
}

export function hasElementChildren(el: XmlElement): boolean {
  for (const node of el.children) if (typeof node !== 'string') return true;
  return false;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The element's children written back as HTML markup (used for XHTML content and unescaped HTML in RSS). */
export function innerMarkup(el: XmlElement): string {
  let out = '';
  for (const node of el.children) out += serializeNode(node);
  return out;
}

function serializeNode(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  let open = `<${node.local}`;
  for (const a of node.attributes) {
    if (a.ns !== '' && a.ns !== 'xml') continue;
    open += ` ${a.ns === 'xml' ? 'xml:' : ''}${a.local}="${escapeAttribute(a.value)}"`;
  }
  // HTML void elements written without `/>` (`<br>`) swallow what follows in XML mode: put it back after them
  if (VOID.has(node.local.toLowerCase())) return `${open} />${innerMarkup(node)}`;
  return `${open}>${innerMarkup(node)}</${node.local}>`;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Moves a subtree from one namespace to another (a feed root in a made-up namespace is read as the real format). */
export function renameNamespace(el: XmlElement, from: string, to: string): void {
  if (el.ns === from) el.ns = to;
  for (const node of el.children) if (typeof node !== 'string') renameNamespace(node, from, to);
}
