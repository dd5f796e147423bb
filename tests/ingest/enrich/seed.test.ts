import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enrichArticle } from '../../../src/ingest/enrich/enrich-article.js';
import { personKey } from '../../../src/ingest/enrich/person-key.js';
import { extractArticle } from '../../../src/ingest/extract/extract-article.js';
import { REPO_ROOT } from './gum-news-scorer.js';

const SEED = path.resolve(REPO_ROOT, '../shared/seed/000_a7f3cea9f3bf73fb.txt');

describe('seed article (LBC, Kremlin drone strike): extracted, then enriched', () => {
  const draft = extractArticle(fs.readFileSync(SEED, 'utf8'));
  const result = enrichArticle({
    title: draft.title,
    summary: draft.summary,
    bodyText: draft.bodyText,
    captions: draft.images.map((i) => i.caption).filter((c): c is string => !!c),
    authors: draft.authors.map((a) => a.name),
  });

  it('finds exactly the four people named, not the author', () => {
    expect(result.people.map((p) => p.name).sort()).toEqual(
      ['Dmitry Medvedev', 'Mykhailo Podolyak', 'Vladimir Putin', 'Volodymyr Zelenskyy'],
    );
    expect(draft.authors.map((a) => a.name)).toEqual(['Asher McShane']);
  });

  it('resolves surname, honorific, possessive and variant mentions to one person', () => {
    const putin = result.people.find((p) => p.name === 'Vladimir Putin');
    expect(putin?.mentions.map((m) => m.zone)).toContain('TITLE');
    expect(putin?.mentions.length).toBeGreaterThanOrEqual(5);
    const zelenskyy = result.people.find((p) => p.name === 'Volodymyr Zelenskyy');
    expect(zelenskyy?.aliases).toContain('Zelensky');
    expect(zelenskyy?.key).toBe(personKey('Volodymyr Zelensky'));
    expect(zelenskyy?.roles).toContain('Ukrainian President');
    const medvedev = result.people.find((p) => p.name === 'Dmitry Medvedev');
    expect(medvedev?.roles).toEqual(expect.arrayContaining(['former Russian president', 'former Prime Minister']));
    expect(result.people[0]?.name).toBe('Vladimir Putin');
  });

  it('makes the Kremlin, Wagner and places topics of their kind, never people; Getty is furniture', () => {
    const kind = (name: string) => result.topics.find((t) => t.name === name)?.kind;
    expect(kind('Kremlin')).toBe('ORGANIZATION');
    expect(kind('Wagner')).toBe('ORGANIZATION');
    expect(kind('Ukraine')).toBe('PLACE');
    expect(kind('Russia')).toBe('PLACE');
    expect(kind('Kherson')).toBe('PLACE');
    expect(result.topics.some((t) => /getty/i.test(t.name))).toBe(false);
  });

  it('counts demonyms ("Russian", "Ukrainian") for their places at a lower weight than names', () => {
    const russia = result.topics.find((t) => t.key === 'russia');
    expect(russia?.demonymMentions).toBeGreaterThan(0);
    expect(russia?.demonymMentions).toBeLessThan(russia?.mentions ?? 0);
    expect(result.topics.find((t) => t.key === 'ukraine')?.demonymMentions).toBeGreaterThan(0);
    expect(result.topics.filter((t) => t.key === 'russia' || t.key === 'ukraine')).toHaveLength(2);
  });

  it('attributes the quotes of Zelenskyy, Medvedev, Podolyak and the Kremlin', () => {
    const by = (speaker: string) => result.quotes.filter((q) => q.speaker === speaker).map((q) => q.text);
    expect(by('Volodymyr Zelenskyy').join(' ')).toContain('The bloody trail that Russia leaves');
    expect(by('Volodymyr Zelenskyy').join(' ')).toContain("We don't attack Putin or Moscow");
    expect(by('Dmitry Medvedev').join(' ')).toContain('physical elimination of Zelensky');
    expect(by('Mykhailo Podolyak').join(' ')).toContain('without Ukraine\'s drones over the Kremlin');
    expect(by('Kremlin').join(' ')).toContain('We regard these actions as a planned terrorist act');
    expect(by('Kremlin').join(' ')).toContain('The Russian side reserves the right');
    const kremlin = result.quotes.find((q) => q.speaker === 'Kremlin');
    expect(kremlin?.speakerKind).toBe('ORGANIZATION');
    // "A spokesperson said:" names nobody: the quote is not guessed onto someone.
    expect(result.quotes.some((q) => q.text.startsWith('As a result of this terrorist act'))).toBe(false);
  });
});
