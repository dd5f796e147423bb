import { describe, expect, it } from 'vitest';
import { formatTable, rate } from './scorers/corpus-path.js';
import { scoreGofeedTranslator } from './scorers/gofeed-scorer.js';

describe('gofeed translator cases (universal model)', () => {
  it('field-level accuracy stays at the achieved level', () => {
    const result = scoreGofeedTranslator();
    const total = result.fields.reduce((s, r) => ({ passed: s.passed + r.passed, total: s.total + r.total }), { passed: 0, total: 0 });
    console.log(formatTable('gofeed translator (fields)', [...result.fields, { group: 'ALL FIELDS', ...total }, result.files]));
    console.log(result.failures.map((f) => `  ${f}`).join('\n'));
    expect(result.files.total).toBe(97);
    expect(rate(total)).toBeGreaterThanOrEqual(0.975);
    expect(rate(result.files)).toBeGreaterThanOrEqual(0.9);
  });
});
