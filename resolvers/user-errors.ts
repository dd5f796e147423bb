import type { UserError } from '../src/generated/graphql.js';

/** Service issues → the schema's UserError (field null when the issue is about the whole input). */
export function userErrors(issues: readonly { code: UserError['code']; message: string; field?: string }[]): UserError[] {
  return issues.map(({ code, message, field }) => ({ code, message, field: field ?? null }));
}
