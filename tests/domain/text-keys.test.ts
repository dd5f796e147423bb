import { describe, expect, it } from 'vitest';
import { foldName, foldText, slugify } from '../../src/domain/text-keys.js';

describe('slugify (the one topic slug)', () => {
  it('ignores case', () => {
    expect(slugify('Ukraine')).toBe('ukraine');
    expect(slugify('ukraine')).toBe('ukraine');
    expect(slugify('UKRAINE')).toBe('ukraine');
  });
  it('drops a leading "the" and a possessive', () => {
    expect(slugify('The Kremlin')).toBe('kremlin');
    expect(slugify('the  Kremlin')).toBe('kremlin');
    expect(slugify("Kremlin's")).toBe('kremlin');
    expect(slugify('Kremlin’s')).toBe('kremlin');
    expect(slugify('The')).toBe('the');
    expect(slugify('Theatre')).toBe('theatre');
  });
  it('joins words with single hyphens and spells out "&"', () => {
    expect(slugify('War in Ukraine')).toBe('war-in-ukraine');
    expect(slugify('Crime & Police')).toBe('crime-and-police');
    expect(slugify('  Crime  &  Police / Courts ')).toBe('crime-and-police-courts');
    expect(slugify('Covid-19: latest')).toBe('covid-19-latest');
  });
  it('folds diacritics and the letters NFKD keeps', () => {
    expect(slugify('Zürich')).toBe('zurich');
    expect(slugify('Łódź')).toBe('lodz');
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('Tromsø')).toBe('tromso');
    expect(slugify('Đakovo')).toBe('dakovo');
  });
  it('keeps letters of every script', () => {
    expect(slugify('Україна')).not.toBe('');
    expect(slugify('Україна')).toBe(slugify('УКРАЇНА'));
    expect(slugify('Ελλάδα')).toBe('ελλαδα');
    expect(slugify('北京 奥运')).toBe('北京-奥运');
  });
  it('is idempotent, so a slug can be looked up by slugifying it again', () => {
    for (const name of ['The Kremlin', 'War in Ukraine', 'Crime & Police', 'Україна', "Putin's war", 'the-guardian']) {
      expect(slugify(slugify(name))).toBe(slugify(name));
    }
  });
  it('gives nothing for a name without letters or digits', () => {
    expect(slugify(' -- ')).toBe('');
  });
});

describe('foldName and foldText', () => {
  it('foldName ignores case, accents and apostrophes for person lookups', () => {
    expect(foldName('Gérald  Darmanin')).toBe('gerald darmanin');
    expect(foldName("O'Brien")).toBe('obrien');
    expect(foldName('ZELENSKYY')).toBe(foldName('Zelenskyy'));
  });
  it('foldText unifies apostrophes and dashes and keeps ASCII fast', () => {
    expect(foldText('Putin’s – war')).toBe("putin's - war");
    expect(foldText('Plain ASCII')).toBe('plain ascii');
  });
});
