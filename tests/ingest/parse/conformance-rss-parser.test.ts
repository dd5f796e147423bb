import { describe, expect, it } from 'vitest';
import { formatTable, rate } from './scorers/corpus-path.js';
import { scoreRssParser } from './scorers/rss-parser-scorer.js';

describe('rss-parser real feeds (gateway fields)', () => {
  it('matches every comparable field', () => {
    const result = scoreRssParser();
    const total = result.fields.reduce((s, f) => ({ passed: s.passed + f.passed, total: s.total + f.total }), { passed: 0, total: 0 });
    console.log(formatTable('rss-parser cases.json', [...result.fields, { group: 'ALL', ...total }]));
    console.log(`  skipped (mis-decoded expected values): ${result.skipped}`);
    if (result.failures.length > 0) console.log(result.failures.slice(0, 20).join('\n'));
    expect(total.total).toBeGreaterThan(2000);
    expect(rate(total)).toBeGreaterThanOrEqual(0.995);
  });
});
