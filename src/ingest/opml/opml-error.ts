/** Why a file could not be read as OPML. Stable codes: the import mutation reports them to the user. */
export type OpmlErrorCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'NOT_OPML'
  | 'NO_BODY'
  | 'MALFORMED_XML'
  | 'DOCTYPE_ENTITIES_REFUSED'
  | 'UNSUPPORTED_ENCODING';

/** A fatal OPML problem; the message starts with the code and says where (1-based line/column) when known. */
export class OpmlError extends Error {
  readonly code: OpmlErrorCode;
  readonly line?: number;
  readonly column?: number;

  constructor(code: OpmlErrorCode, detail: string, position?: { line: number; column: number }) {
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    super(`${code}: ${detail}${where}`);
    this.name = 'OpmlError';
    this.code = code;
    if (position) {
      this.line = position.line;
      this.column = position.column;
    }
  }
}
