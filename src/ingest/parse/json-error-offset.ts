/**
 * Offset of the first syntax error in a JSON text (or the text length when it ends too early). V8's
 * JSON.parse messages do not always carry a position, and a stored source error must say where.
 * Only called after JSON.parse has failed, so it favours simplicity over speed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  // stack of containers: '{' or '['; each frame's expectation is tracked by `state`
  const stack: string[] = [];
  type State = 'value' | 'after-value' | 'key' | 'colon';
  let state: State = 'value';
  for (;;) {
    ws();
    if (i >= n) return stack.length === 0 && state === 'after-value' ? n : n;
    const c = text[i] ?? '';
    if (state === 'value') {
      if (c === '{') {
        stack.push('{');
        i++;
        ws();
        if (text[i] === '}') {
          stack.pop();
          i++;
          state = 'after-value';
        } else state = 'key';
      } else if (c === '[') {
        stack.push('[');
        i++;
        ws();
        if (text[i] === ']') {
          stack.pop();
          i++;
          state = 'after-value';
        } else state = 'value';
      } else if (c === '"') {
        const end = stringEnd(text, i);
        if (end < 0) return -end;
        i = end;
        state = 'after-value';
      } else {
        const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
        if (!m) return i;
        i += m[0].length;
        state = 'after-value';
      }
    } else if (state === 'key') {
      if (c !== '"') return i;
      const end = stringEnd(text, i);
      if (end < 0) return -end;
      i = end;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i; // trailing content after the document
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
        state = 'after-value';
      } else return i;
    }
  }
}

/** Index after the closing quote, or -(offset of the error). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      const next = text[i + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -i;
        i += 5;
      } else if ('"\\/bfnrt'.includes(next) && next !== '') i++;
      else return -i;
    } else if (c < 0x20) return -i;
  }
  return -text.length;
}
