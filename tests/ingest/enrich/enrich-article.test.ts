import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enrichArticle, type EnrichInput } from '../../../src/ingest/enrich/enrich-article.js';
import { REPO_ROOT } from './gum-news-scorer.js';

const fixture = (name: string): EnrichInput =>
  JSON.parse(fs.readFileSync(path.resolve(REPO_ROOT, 'tests/fixtures/enrich', name), 'utf8')) as EnrichInput;

describe('enrichArticle on a written local-news fixture', () => {
  const result = enrichArticle(fixture('council-vote.json'));
  const person = (name: string) => result.people.find((p) => p.name === name);

  it('finds the people named, keeps the author and caption credits out', () => {
    expect(result.people.map((p) => p.name).sort()).toEqual(['Ana Ortiz', 'Jane Smith', 'John Smith', 'Peter Osei']);
  });

  it('resolves titles, honorifics, possessives and surnames to the full name, with zones and offsets', () => {
    const ortiz = person('Ana Ortiz');
    expect(ortiz?.aliases).toEqual(expect.arrayContaining(['Ortiz']));
    expect(ortiz?.roles).toContain('Mayor');
    const zones = new Set(ortiz?.mentions.map((m) => m.zone));
    expect([...zones].sort()).toEqual(['BODY', 'CAPTION', 'TITLE']);
    const input = fixture('council-vote.json');
    for (const m of ortiz?.mentions ?? []) {
      const text = m.zone === 'TITLE' ? input.title : m.zone === 'BODY' ? input.bodyText : input.captions?.[0] ?? '';
      expect(text.slice(m.offset, m.offset + m.surface.length)).toBe(m.surface);
    }
    expect(person('Peter Osei')?.roles).toEqual(expect.arrayContaining(['councillor', 'former teacher']));
    expect(result.people[0]?.name).toBe('Ana Ortiz');
    expect(result.people[0]?.salience).toBe(1);
  });

  it('keeps people who share a surname apart', () => {
    expect(person('Jane Smith')?.key).not.toBe(person('John Smith')?.key);
  });

  it('makes organizations and places topics', () => {
    const kinds = Object.fromEntries(result.topics.map((t) => [t.name, t.kind]));
    expect(kinds['Lakeside City Council']).toBe('ORGANIZATION');
    expect(kinds['Greenfield Residents Association']).toBe('ORGANIZATION');
    expect(result.topics.some((t) => /reuters/i.test(t.name))).toBe(false);
  });

  it('attributes quotes: "X said:", continued paragraphs, "said X", organizations, "she said"', () => {
    const q = result.quotes.map((x) => [x.speaker, x.text.slice(0, 24)]);
    expect(q).toEqual([
      ['Ana Ortiz', 'This plan gives every fa'],
      ['Peter Osei', 'It is a bad deal for tax'],
      ['Greenfield Residents Association', 'We are relieved that the'],
      ['Ana Ortiz', 'The first crews arrive i'],
    ]);
    expect(result.quotes[0]?.text).toContain('We listened to the residents');
    expect(result.quotes[2]?.speakerKind).toBe('ORGANIZATION');
  });
});

describe('enrichArticle edge cases', () => {
  it('merges "ukraine" and "Ukraine" and aliases of a country', () => {
    const r = enrichArticle({ title: 'Aid for Ukraine', bodyText: 'Officials in Ukraine and the U.S. met.\nThe United States sent aid.' });
    expect(r.topics.filter((t) => t.key === 'ukraine')).toHaveLength(1);
    expect(r.topics.find((t) => t.name === 'United States')?.mentions).toBe(2);
  });
  it('does not take sentence-initial common words or page furniture for names', () => {
    const r = enrichArticle({ title: 'Storm', bodyText: 'Listen to this article\nLoading audio...\nResidents were told to stay inside. Residents said the wind was strong.' });
    expect(r.people).toEqual([]);
  });
  it('handles empty text and rejects bad input with a clear error', () => {
    expect(enrichArticle({ title: '', bodyText: '' })).toEqual({ people: [], topics: [], quotes: [] });
    expect(() => enrichArticle({ title: 'x' } as unknown as EnrichInput)).toThrow(/bodyText must be a string/);
    expect(() => enrichArticle(null as unknown as EnrichInput)).toThrow(/input must be an object/);
  });
});
