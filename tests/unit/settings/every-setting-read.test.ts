/**
 * A control that does nothing tells the person something false (issue #17). Every key of Settings must be read by
 * product code other than the options page that edits it and the module that declares and stores it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

const ROOT = join(import.meta.dirname, '../../..');
const DECLARED_IN = 'lib/settings/settings.ts';
const PRODUCT = ['lib', 'platform', 'entrypoints', 'components', 'stores'];
/** Where a setting is declared, edited and stored: none of these reads it for what it does. */
const NOT_READERS = [
  /^lib\/settings\//,
  /^lib\/messaging\/protocol\.ts$/,
  /^components\/options\//,
  /^entrypoints\/options\//,
  /^platform\/repository\.ts$/,
  /^lib\/backup\//,
];

function settingsKeys(): string[] {
  const file = join(ROOT, DECLARED_IN);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const keys: string[] = [];
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Settings') {
      for (const member of node.members) if (member.name && ts.isIdentifier(member.name)) keys.push(member.name.text);
    }
  });
  return keys;
}

function productFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return productFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The code of a file: a comment naming a setting does not read it. */
function withoutComments(path: string): string {
  const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, false, kind);
  return ts.createPrinter({ removeComments: true }).printFile(source);
}

/** `settings.key`, `settings?.key`, `{ key } = settings`, `settings['key']`: any use of the key by name. */
const reads = (source: string, key: string) => new RegExp(`(\\.|\\[')${key}\\b|\\b${key}\\s*[,}=:]`).test(source);

describe('every setting has a reader', () => {
  const keys = settingsKeys();
  const readers = PRODUCT.flatMap(productFiles)
    .map((path) => relative(ROOT, join(ROOT, path)))
    .filter((path) => !NOT_READERS.some((re) => re.test(path)))
    .map((path) => ({ path, source: withoutComments(path) }));

  it('lists the keys of the Settings type, the defaults among them', () => {
    expect(keys).toContain('confirmBeforeFill');
    expect(keys).toEqual(expect.arrayContaining(Object.keys(DEFAULT_SETTINGS)));
  });

  it.each(settingsKeys())('%s is read outside the options page and the settings module', (key) => {
    const found = readers.filter((r) => reads(r.source, key)).map((r) => r.path);
    expect(found, `nothing reads Settings.${key}`).not.toEqual([]);
  });
});
