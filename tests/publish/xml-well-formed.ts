/**
 * A strict XML 1.0 + Namespaces well-formedness check for tests (the feed parser is lenient by design,
 * so it cannot be the judge): legal characters, one root, matching tags, quoted unique attributes
 * without `<`, only predefined or character entity references, no `]]>` in text, declared prefixes.
 */
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const ILLEGAL_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

export function xmlWellFormednessErrors(xml: string): string[] {
  const errors: string[] = [];
  const illegal = ILLEGAL_CHAR.exec(xml);
  if (illegal) errors.push(`illegal character U+${(illegal[0].codePointAt(0) ?? 0).toString(16).toUpperCase()} at ${illegal.index}`);
  const stack: { name: string; prefixes: Set<string> }[] = [];
  let roots = 0;
  let i = 0;
  const checkText = (text: string, at: number, inAttribute: boolean): void => {
    if (!inAttribute && text.includes(']]>')) errors.push(`"]]>" in text at ${at}`);
    if (inAttribute && text.includes('<')) errors.push(`"<" in attribute value at ${at}`);
    for (let k = text.indexOf('&'); k !== -1; k = text.indexOf('&', k + 1)) {
      REFERENCE.lastIndex = k;
      if (!REFERENCE.test(text)) errors.push(`bad reference "${text.slice(k, k + 10)}" at ${at + k}`);
    }
  };
  const declared = (prefix: string): boolean => prefix === 'xml' || prefix === 'xmlns' || stack.some((e) => e.prefixes.has(prefix));
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length && errors.length < 20) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') errors.push(`text outside the root element at ${i}`);
    checkText(text, i, false);
    if (lt === -1) break;
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1 || stack.length === 0) errors.push(`bad CDATA section at ${lt}`);
      i = end === -1 ? xml.length : end + 3;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      i = end === -1 ? xml.length : end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      i = end === -1 ? xml.length : end + 2;
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (open?.name !== name) errors.push(`end tag </${name}> at ${lt} does not close <${open?.name ?? '(nothing)'}>`);
      i = end + 1;
    } else {
      const tag = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(lt));
      if (!tag) {
        errors.push(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`);
        break;
      }
      const [whole, name = '', attributeText = '', selfClosing] = tag;
      if (!NAME.test(name)) errors.push(`bad element name "${name}"`);
      if (stack.length === 0 && ++roots > 1) errors.push(`second root element <${name}>`);
      const prefixes = new Set<string>();
      const seen = new Set<string>();
      const attributes: string[] = [];
      for (const a of attributeText.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const attrName = a[1] ?? '';
        if (seen.has(attrName)) errors.push(`duplicate attribute ${attrName} on <${name}>`);
        seen.add(attrName);
        if (!NAME.test(attrName)) errors.push(`bad attribute name "${attrName}"`);
        checkText(a[2] ?? a[3] ?? '', lt, true);
        if (attrName === 'xmlns') prefixes.add('');
        else if (attrName.startsWith('xmlns:')) prefixes.add(attrName.slice(6));
        else attributes.push(attrName);
      }
      stack.push({ name, prefixes });
      for (const qname of [name, ...attributes]) {
        const colon = qname.indexOf(':');
        if (colon > 0 && !declared(qname.slice(0, colon))) errors.push(`undeclared prefix in ${qname}`);
      }
      if (selfClosing) stack.pop();
      i = lt + whole.length;
    }
  }
  if (roots === 0) errors.push('no root element');
  if (stack.length > 0) errors.push(`unclosed <${stack.map((e) => e.name).join('>, <')}>`);
  return errors;
}
