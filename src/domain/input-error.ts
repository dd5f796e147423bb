/**
 * Bad input from a caller, detected below the API layer (a cursor that is not ours, say). The server
 * reports it as BAD_USER_INPUT with this message instead of masking it as an internal error.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly argument?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
