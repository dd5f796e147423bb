import { describe, expect, it } from 'vitest';
import { formatTable, rate } from './scorers/corpus-path.js';
import { scoreRome } from './scorers/rome-scorer.js';

describe('ROME self-describing feeds (RSS 0.90–2.0, Atom 0.3/1.0)', () => {
  it('maps every value our model keeps', () => {
    const result = scoreRome();
    const total = result.scores.reduce((s, r) => ({ passed: s.passed + r.passed, total: s.total + r.total }), { passed: 0, total: 0 });
    console.log(formatTable('rome', [...result.scores, { group: 'ALL', ...total }]));
    console.log(`  not in the gateway model: ${result.unmapped.join(', ') || '(none)'}`);
    for (const line of result.structural) console.log(`  left out: ${line}`);
    if (result.failures.length > 0) console.log(result.failures.join('\n'));
    expect(total.total).toBeGreaterThanOrEqual(402);
    expect(rate(total)).toBe(1);
    expect(result.unmapped).toEqual([]);
    expect(result.structural.length).toBeLessThanOrEqual(3);
  });
});
