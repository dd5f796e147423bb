import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enrichArticle, type EnrichInput } from '../../../src/ingest/enrich/enrich-article.js';
import { blankCredits } from '../../../src/ingest/enrich/credits.js';
import { DEMONYM_PLACES, DEMONYMS, PLACES } from '../../../src/ingest/enrich/lexicon/index.js';
import { REPO_ROOT } from './gum-news-scorer.js';

const people = (bodyText: string, title = 'News'): string[] => enrichArticle({ title, bodyText }).people.map((p) => p.name).sort();

describe('person rules on sentences written for them', () => {
  it('takes a capitalized function word after a given name as a surname', () => {
    expect(people('Councillor Wilson Or was elected. Voters also backed James To.')).toEqual(['James To', 'Wilson Or']);
    expect(people('The talks were led by Theresa May on Monday.')).toEqual(['Theresa May']);
  });
  it('makes a name followed by "of" and an organization a member of it', () => {
    expect(people('Voters re-elected Marta Quell of the Civic Party and Bo Tran of ADPL in the east.')).toEqual(['Bo Tran', 'Marta Quell']);
    // A place after "of" is no such evidence.
    expect(people('Glass Harbour of Oslo opened a new terminal.')).toEqual([]);
  });
  it('ends an organization at "and" after its cue word', () => {
    const r = enrichArticle({ title: 'Vote', bodyText: 'Winners included Ada Mo of the Civic Party and Lin Pik-wan of the Labour Party.' });
    expect(r.people.map((p) => p.name).sort()).toEqual(['Ada Mo', 'Lin Pik-wan']);
    expect(r.topics.map((t) => t.name)).toContain('Civic Party');
  });
  it('reads a role that opens the sentence and names its holder between commas', () => {
    const r = enrichArticle({ title: 'Ruling', bodyText: 'The secretary general of the bishops, Nuno Valdrane, has called the ruling dangerous.' });
    expect(r.people.map((p) => p.name)).toEqual(['Nuno Valdrane']);
    expect(r.people[0]?.roles).toEqual(['secretary general of the bishops']);
  });
  it('reads plural role nouns before a list of names', () => {
    expect(people('The guests were athletes Vilis Gerald (tennis) and Oren Maddox (golf).')).toEqual(['Oren Maddox', 'Vilis Gerald']);
  });
  it('does not take a lone title qualifier or a capitalized title of the next item for a role', () => {
    expect(people('The first FIRST Global event was held in Ohio.')).toEqual([]);
    expect(people('Groups included The Ontario Hikers, Doctor Who Society of Canada, and others.')).toEqual([]);
  });
  it('takes names after determiners, kinds of work or vessels, and ", its" appositives for things', () => {
    expect(people('That is why he painted the Harlow Tea tins, and why the Masjid Al-Nur was full.')).toEqual([]);
    expect(people('She launched her graphic novel Angel Wingfeather at the fair.')).toEqual([]);
    expect(people('They lived aboard the cruise ship Seawinds. On board the Seawinds, Paris claims she worked all day.')).toEqual([]);
    expect(people('Nimbus Navigator, its main rival, has grown. Nimbus Navigator gained users.')).toEqual([]);
    // A known given name still makes a person after "the".
    expect(people('It was the Annie Oakley print from 1987.')).toEqual(['Annie Oakley']);
  });
});

describe('demonyms and credits on a written wire story', () => {
  const input = JSON.parse(fs.readFileSync(path.resolve(REPO_ROOT, 'tests/fixtures/enrich/wire-strikes.json'), 'utf8')) as EnrichInput;
  const result = enrichArticle(input);
  const topic = (name: string) => result.topics.find((t) => t.name === name);

  it('turns demonyms into their places, weighing less than a named place', () => {
    expect(topic('Russia')).toMatchObject({ kind: 'PLACE', key: 'russia', mentions: 3, demonymMentions: 3 });
    expect(topic('Ukraine')).toMatchObject({ kind: 'PLACE', demonymMentions: 3 });
    expect(topic('Odesa')?.demonymMentions).toBeUndefined();
    expect(topic('Odesa')?.salience).toBe(1);
    expect(topic('Russia')?.salience ?? 1).toBeLessThan(topic('Odesa')?.salience ?? 0);
  });
  it('keeps the Kremlin an organization and a quoting speaker', () => {
    expect(topic('Kremlin')?.kind).toBe('ORGANIZATION');
    expect(result.quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([['Kremlin', 'ORGANIZATION'], ['Petro Hnatenko', 'PERSON']]);
  });
  it('drops agencies and photographers named only in credits, keeps an agency that reports', () => {
    const names = result.topics.map((t) => t.name);
    expect(names).not.toContain('Reuters');
    expect(names.some((n) => /getty|^AP$/i.test(n))).toBe(false);
    expect(names).toContain('AFP');
    expect(result.people.map((p) => p.name)).toEqual(['Petro Hnatenko']);
  });
  it('blanks credits with spaces, keeping offsets', () => {
    const text = 'Soldiers in Bakhmut. Gleb Lenko/Reuters\nKYIV (Reuters) - Reuters reported that';
    const out = blankCredits(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('Soldiers in Bakhmut.                   \nKYIV           - Reuters reported that');
  });
  it('maps every demonym with a place to a gazetteer place', () => {
    for (const [demonym, target] of DEMONYMS) {
      if (target.toLowerCase() !== demonym) expect(PLACES.has(target.toLowerCase()), `${demonym} → ${target}`).toBe(true);
    }
    expect(DEMONYM_PLACES.get('russian')).toBe('Russia');
    expect(DEMONYM_PLACES.get('ukrainian')).toBe('Ukraine');
    expect(DEMONYM_PLACES.has('muslim')).toBe(false);
  });
});
