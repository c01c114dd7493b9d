/**
 * A control that does nothing tells the person something false (issue #17). Every key of Settings must be read by
 * product code other than the options page that edits it and the module that declares and stores it.
 *
 * "Read" is decided by the type checker, not by the key's spelling: `settings.key`, `settings['key']` or
 * `const { key } = settings` on a value whose type is Settings (or Partial/Pick of it). A field of another type that
 * happens to share the name (the planner's own `overwrite` option, the content script's `highlight` message field), a
 * write (`setSettings({ key })`), a type (`Settings['key']`) or a comment is not a reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
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

function productFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return productFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

const FILES = PRODUCT.flatMap(productFiles).map((path) => relative(ROOT, join(ROOT, path)));
/** Building the product's type checker takes seconds alone and minutes on a machine the whole suite is loading. */
const CHECKER_TIMEOUT_MS = 300_000;
const READER_FILES = FILES.filter((path) => !NOT_READERS.some((re) => re.test(path)));

function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  return { ...config.options, noEmit: true };
}

/** The whole product as the type checker sees it; `edits` replace a file's text (to prove a removed read is seen). */
function productProgram(edits: Record<string, (text: string) => string> = {}, old?: ts.Program): ts.Program {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, shouldCreate) => {
    const edit = edits[relative(ROOT, fileName)];
    if (!edit) return getSourceFile(fileName, language, onError, shouldCreate);
    return ts.createSourceFile(fileName, edit(readFileSync(fileName, 'utf8')), language, true);
  };
  return ts.createProgram(
    FILES.map((path) => join(ROOT, path)),
    options,
    host,
    old,
  );
}

/** The members of `interface Settings`, by name. */
function settingsMembers(program: ts.Program): Map<string, ts.Declaration> {
  const source = program.getSourceFile(join(ROOT, DECLARED_IN));
  const members = new Map<string, ts.Declaration>();
  source?.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'Settings') return;
    for (const member of node.members)
      if (member.name && ts.isIdentifier(member.name)) members.set(member.name.text, member);
  });
  return members;
}

function isWritten(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
  );
}

/** Setting name → the reader files (`path:line`) that read it. */
function settingReaders(program: ts.Program): Map<string, string[]> {
  const checker = program.getTypeChecker();
  const members = settingsMembers(program);
  const readers = new Map<string, string[]>([...members.keys()].map((key) => [key, []]));
  const settingOf = (symbol: ts.Symbol | undefined): string | undefined => {
    if (!symbol) return undefined;
    const declared = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return declared.declarations?.some((d) => members.get(declared.name) === d) ? declared.name : undefined;
  };
  for (const path of READER_FILES) {
    const source = program.getSourceFile(join(ROOT, path));
    if (!source) throw new Error(`${path} is not in the program`);
    const visit = (node: ts.Node): void => {
      // Only a name that is a setting's can read one: the checker is asked about those alone (it is slow).
      let symbol: ts.Symbol | undefined;
      if (ts.isPropertyAccessExpression(node) && members.has(node.name.text) && !isWritten(node)) {
        symbol = checker.getSymbolAtLocation(node.name);
      } else if (
        ts.isElementAccessExpression(node) &&
        ts.isStringLiteral(node.argumentExpression) &&
        members.has(node.argumentExpression.text) &&
        !isWritten(node)
      ) {
        symbol = checker.getSymbolAtLocation(node.argumentExpression);
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const name = node.propertyName ?? node.name;
        if (ts.isIdentifier(name) && members.has(name.text)) {
          symbol = checker.getTypeAtLocation(node.parent).getProperty(name.text);
        }
      }
      const setting = settingOf(symbol);
      if (setting) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        readers.get(setting)?.push(`${path}:${line}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return readers;
}

describe('every setting has a reader', () => {
  let program: ts.Program;
  let readers: Map<string, string[]>;
  beforeAll(() => {
    program = productProgram();
    readers = settingReaders(program);
  }, CHECKER_TIMEOUT_MS);

  it('lists the keys of the Settings type, the defaults among them', () => {
    const keys = [...readers.keys()];
    expect(keys).toContain('confirmBeforeFill');
    expect(keys).toEqual(expect.arrayContaining(Object.keys(DEFAULT_SETTINGS)));
  });

  it('finds each key of the Settings type read outside the options page and the settings module', () => {
    const unread = [...readers].filter(([, found]) => found.length === 0).map(([key]) => key);
    expect(unread, `nothing reads Settings.${unread.join(', ')}`).toEqual([]);
  });

  it('counts a read of a Settings value, not a write, a type or a field of another type with the same name', () => {
    // platform/fill.ts reads Settings.overwrite once; the planner's own `overwrite` option (lib/engine/plan.ts)
    // and the fill context's `overwrite` are other types' fields.
    expect(readers.get('overwrite')).toEqual([expect.stringMatching(/^platform\/fill\.ts:\d+$/)]);
    // The content script's `options.highlight` is the message's field, not the setting.
    expect(readers.get('highlight')?.some((r) => r.startsWith('entrypoints/content/'))).toBe(false);
    // `repo.setSettings({ keepFillingSites: … })` writes; platform/steps.ts reads it too, and only that counts.
    expect(readers.get('keepFillingSites')?.every((r) => r.startsWith('platform/steps.ts:'))).toBe(true);
  });

  it(
    'fails when the only reader of a setting is removed',
    () => {
      const [only, ...more] = readers.get('confirmBeforeFill') ?? [];
      expect(more).toEqual([]);
      const file = only?.split(':')[0];
      expect(file).toBe('platform/fill.ts');
      const withoutReader = productProgram(
        { 'platform/fill.ts': (text) => text.replace(/\bsettings\.confirmBeforeFill\b/g, 'false') },
        program,
      );
      const after = settingReaders(withoutReader);
      expect(after.get('confirmBeforeFill')).toEqual([]);
      expect(after.get('overwrite')).toEqual(readers.get('overwrite'));
    },
    CHECKER_TIMEOUT_MS,
  );
});
