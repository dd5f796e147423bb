import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../../src/ingest/opml/parse-opml.js';
import { serializeOpml } from '../../../src/ingest/opml/serialize-opml.js';
import { REPO_ROOT } from '../../support/app.js';

/**
 * Golden pairs: tests/fixtures/opml/<name>.opml (written for this project) and <name>.expected.json (the
 * whole parse result, dates as ISO strings). Regenerate after a deliberate change with UPDATE_GOLDEN=1
 * and review the diff.
 */
const dir = path.join(REPO_ROOT, 'tests/fixtures/opml');
const inputs = fs.readdirSync(dir).filter((f) => f.endsWith('.opml')).sort();

describe('golden OPML files', () => {
  it('has OPML 1.0 and 2.0 fixtures', () => {
    expect(inputs.some((f) => f.includes('1.0'))).toBe(true);
    expect(inputs.some((f) => f.includes('2.0'))).toBe(true);
  });
  for (const file of inputs) {
    it(file, () => {
      const parsed = parseOpml(fs.readFileSync(path.join(dir, file)));
      const actual = JSON.parse(JSON.stringify(parsed)) as unknown;
      const expectedPath = path.join(dir, file.replace(/\.opml$/, '.expected.json'));
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
    });
    it(`${file}: serializing what was parsed and parsing it again gives the same feeds`, () => {
      const parsed = parseOpml(fs.readFileSync(path.join(dir, file)));
      const again = parseOpml(serializeOpml(parsed));
      expect(again.outlines).toEqual(parsed.outlines);
      expect(again.title).toEqual(parsed.title);
      expect(again.dateCreated).toEqual(parsed.dateCreated);
      expect(again.skipped).toEqual([]);
    });
  }
});
