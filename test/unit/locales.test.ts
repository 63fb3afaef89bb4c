// @vitest-environment node
// English and Spanish stay complete and consistent (issue 4, point 8): Chrome shows a missing key as
// an empty string and a missing placeholder as "$NAME$", so each gap fails here instead of in front
// of an agent. The checks are proven against broken catalogues first, then run on the real files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  placeholders?: { [name: string]: { content: string } };
}
type Catalogue = { [key: string]: Entry };

const ROOT = join(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const CATALOGUES = {
  en: readJson('public/_locales/en/messages.json') as Catalogue,
  es: readJson('public/_locales/es/messages.json') as Catalogue,
};

/** Keys one catalogue has and the other lacks. Chrome matches keys case-insensitively. */
function keyGaps(en: Catalogue, es: Catalogue): string[] {
  const lower = (catalogue: Catalogue) => new Set(Object.keys(catalogue).map((key) => key.toLowerCase()));
  const [enKeys, esKeys] = [lower(en), lower(es)];
  return [
    ...Object.keys(en).filter((key) => !esKeys.has(key.toLowerCase())).map((key) => `es lacks ${key}`),
    ...Object.keys(es).filter((key) => !enKeys.has(key.toLowerCase())).map((key) => `en lacks ${key}`),
  ];
}

/** What a message substitutes: each "$NAME$" with the "$n" it stands for, and each bare "$n". */
function substitutions(entry: Entry): string[] {
  const named = [...entry.message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map(([, name = '']) => {
    const content = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1].content;
    return `${name.toLowerCase()}=${content ?? 'undefined'}`;
  });
  const bare = [...entry.message.replace(/\$\$/g, '').matchAll(/\$([1-9])(?![0-9a-z_@]*\$)/gi)].map(([whole]) => whole);
  return [...named, ...bare].sort();
}

function placeholderGaps(en: Catalogue, es: Catalogue): string[] {
  return Object.entries(en).flatMap(([key, english]) => {
    const spanish = es[key];
    if (!spanish) return [];
    const [a, b] = [substitutions(english), substitutions(spanish)];
    const undefinedOnes = [...a, ...b].filter((s) => s.endsWith('=undefined'));
    if (undefinedOnes.length > 0) return [`${key}: undefined placeholder ${undefinedOnes.join(', ')}`];
    return a.join() === b.join() ? [] : [`${key}: en uses ${a.join(' ') || 'none'}, es uses ${b.join(' ') || 'none'}`];
  });
}

function emptyMessages(catalogue: Catalogue): string[] {
  return Object.entries(catalogue)
    .filter(([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '')
    .map(([key]) => key);
}

/** `__MSG_key__` references (manifest.json, HTML) without an English message. */
function unknownMessageRefs(text: string, en: Catalogue): string[] {
  const known = new Set(Object.keys(en).map((key) => key.toLowerCase()));
  return [...text.matchAll(/__MSG_(\w+?)__/g)].map(([, key = '']) => key).filter((key) => !known.has(key.toLowerCase()));
}

/** Literal `t('key')` and `label('key')` calls in source text; keys built at run time are typechecked instead. */
function keysCalledIn(source: string): string[] {
  return [...source.matchAll(/\b(?:t|label)\(\s*(['"])([A-Za-z0-9_@]+)\1/g)].map(([, , key = '']) => key);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((file) => file.isFile() && /\.(tsx?|html)$/.test(file.name))
    .map((file) => join(file.parentPath, file.name));
}

describe('the checks catch', () => {
  const en: Catalogue = { hello: { message: 'Hello $WHO$', placeholders: { who: { content: '$1' } } }, bye: { message: 'Bye $1' } };

  it('a key missing in either language', () => {
    expect(keyGaps(en, { hello: en.hello as Entry })).toEqual(['es lacks bye']);
    expect(keyGaps({ bye: en.bye as Entry }, en)).toEqual(['en lacks hello']);
  });

  it('placeholders that differ between languages or are not defined', () => {
    const es: Catalogue = { hello: { message: 'Hola' }, bye: { message: 'Adiós $1 $2' } };
    expect(placeholderGaps(en, es)).toHaveLength(2);
    expect(placeholderGaps(en, { ...en, hello: { message: 'Hola $QUIEN$' } })).toEqual(['hello: undefined placeholder quien=undefined']);
    expect(placeholderGaps(en, { ...en, hello: { message: '$Who$, hola', placeholders: { WHO: { content: '$1' } } } })).toEqual([]);
  });

  it('manifest references and literal calls to keys that do not exist', () => {
    expect(unknownMessageRefs('{"name": "__MSG_hello__", "title": "__MSG_gone__"}', en)).toEqual(['gone']);
    expect(keysCalledIn("t('hello'); label(\"bye\", x); t(`dyn_${k}`); cut('no')")).toEqual(['hello', 'bye']);
  });
});

describe('the shipped catalogues', () => {
  it('have every key in both English and Spanish', () => {
    expect(keyGaps(CATALOGUES.en, CATALOGUES.es)).toEqual([]);
  });

  it('use the same, defined placeholders in both languages', () => {
    expect(placeholderGaps(CATALOGUES.en, CATALOGUES.es)).toEqual([]);
  });

  it('have no empty message', () => {
    expect([...emptyMessages(CATALOGUES.en), ...emptyMessages(CATALOGUES.es)]).toEqual([]);
  });

  it('hold every key manifest.json refers to', () => {
    expect(unknownMessageRefs(readFileSync(join(ROOT, 'manifest.json'), 'utf8'), CATALOGUES.en)).toEqual([]);
  });

  it('hold every key the code asks for by name', () => {
    const known = new Set(Object.keys(CATALOGUES.en));
    const missing = sourceFiles('src').flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const refs = [...keysCalledIn(source), ...unknownMessageRefs(source, CATALOGUES.en)];
      return refs.filter((key) => !known.has(key)).map((key) => `${key} (${file.slice(ROOT.length + 1)})`);
    });
    expect(missing).toEqual([]);
  });
});
