// Shared helpers for the TextMate grammar tests: loads the grammars with
// vscode-textmate + vscode-oniguruma, tokenizes text, renders snapshots and
// answers "which scopes cover this piece of text" questions.
import * as fs from 'node:fs';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

// Compiled to out/test/syntaxes/, so the repository root is three levels up.
export const ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'test/syntaxes/fixtures');
export const SNAPSHOTS = path.join(ROOT, 'test/syntaxes/snapshots');
export const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

export const GRAMMAR_FILES: Record<string, string> = {
  'source.nginx': path.join(ROOT, 'syntaxes/nginx.tmLanguage.json'),
  'source.caddyfile': path.join(ROOT, 'syntaxes/caddyfile.tmLanguage.json'),
};

export interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

export interface TokenizedLine {
  line: string;
  tokens: Token[];
}

let registry: Promise<vsctm.Registry> | undefined;

function getRegistry(): Promise<vsctm.Registry> {
  registry ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      // Only our own grammars are available: `source.lua` (included by the
      // nginx grammar for *_by_lua_block bodies) resolves to nothing, which
      // is exactly what makes the tests prove that the nginx grammar alone
      // decides where a Lua block ends.
      loadGrammar: async (scopeName: string) => {
        const file = GRAMMAR_FILES[scopeName];
        if (!file) return null;
        return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
  })();
  return registry;
}

const grammars = new Map<string, Promise<vsctm.IGrammar>>();

export function loadGrammar(scopeName: string): Promise<vsctm.IGrammar> {
  let grammar = grammars.get(scopeName);
  if (!grammar) {
    grammar = getRegistry().then(async (r) => {
      const g = await r.loadGrammar(scopeName);
      if (!g) throw new Error(`grammar ${scopeName} not found`);
      return g;
    });
    grammars.set(scopeName, grammar);
  }
  return grammar;
}

/**
 * Tokenizes `text` line by line. Lines are split on LF only, so a CRLF file
 * hands its `\r` to the grammar, as some TextMate hosts do.
 */
export async function tokenize(scopeName: string, text: string): Promise<TokenizedLine[]> {
  const grammar = await loadGrammar(scopeName);
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  let state = vsctm.INITIAL;
  const out: TokenizedLine[] = [];
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, state);
    assert.equal(result.stoppedEarly, false, `tokenization stopped early on: ${line}`);
    out.push({
      line,
      tokens: result.tokens.map((t) => ({
        text: line.slice(t.startIndex, t.endIndex),
        start: t.startIndex,
        end: t.endIndex,
        scopes: t.scopes,
      })),
    });
    state = result.ruleStack;
  }
  return out;
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function fixtureNames(ext: RegExp): string[] {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => ext.test(f))
    .sort();
}

function visible(text: string): string {
  return text.replace(/\t/g, '⇥').replace(/\r/g, '␍');
}

/**
 * Snapshot text: each source line, then one line per token
 * `‹text›  →  scopes`, with the root scope left out and tokens that are only
 * whitespace in the root scope skipped.
 */
export function renderSnapshot(fixture: string, scopeName: string, lines: TokenizedLine[]): string {
  const out: string[] = [
    `# ${fixture} tokenized with ${scopeName}`,
    `# ‹token text›  →  scopes (root scope ${scopeName} omitted; ⇥ = tab, ␍ = CR)`,
  ];
  lines.forEach(({ line, tokens }, i) => {
    out.push('', `${i + 1}: ${visible(line)}`);
    for (const t of tokens) {
      const scopes = t.scopes.slice(1);
      if (scopes.length === 0 && /^\s*$/.test(t.text)) continue;
      const label = `‹${visible(t.text)}›`;
      out.push(`    ${label.padEnd(24)}  →  ${scopes.join(' ') || '(root)'}`);
    }
  });
  return out.join('\n') + '\n';
}

/** Compares against (or, with UPDATE_SNAPSHOTS=1, rewrites) snapshots/<fixture>.snap. */
export async function checkSnapshot(fixture: string, scopeName: string): Promise<void> {
  const actual = renderSnapshot(fixture, scopeName, await tokenize(scopeName, readFixture(fixture)));
  const file = path.join(SNAPSHOTS, `${fixture}.snap`);
  if (UPDATE) {
    fs.mkdirSync(SNAPSHOTS, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing snapshot ${file}: run with UPDATE_SNAPSHOTS=1`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `snapshot mismatch for ${fixture}`);
}

/** Does `scopes` contain `scope` itself or a more specific scope under it? */
export function hasScope(scopes: readonly string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(scope + '.'));
}

export interface Located {
  line: number;
  column: number;
}

/**
 * Where to look for a piece of text: the `nth` (0-based) occurrence, counting
 * only lines that contain `onLine` (a string) or match it (a RegExp).
 */
export interface Where {
  onLine?: string | RegExp;
  nth?: number;
}

export function locate(lines: TokenizedLine[], needle: string, opts: Where = {}): Located {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].line;
    const { onLine } = opts;
    if (typeof onLine === 'string' && !text.includes(onLine)) continue;
    if (onLine instanceof RegExp && !onLine.test(text)) continue;
    let from = 0;
    for (;;) {
      const column = text.indexOf(needle, from);
      if (column < 0) break;
      if (seen++ === (opts.nth ?? 0)) return { line: i, column };
      from = column + 1;
    }
  }
  throw new Error(`"${needle}" not found${opts.onLine ? ` on a line matching ${String(opts.onLine)}` : ''}`);
}

export function scopesAt(lines: TokenizedLine[], at: Located): string[] {
  const token = lines[at.line].tokens.find((t) => t.start <= at.column && at.column < t.end);
  if (!token) throw new Error(`no token at ${at.line + 1}:${at.column + 1}`);
  return token.scopes;
}

/** Scopes of every character of the `nth` occurrence of `needle`. */
export function scopesOfText(
  lines: TokenizedLine[],
  needle: string,
  opts: Where = {},
): string[][] {
  const at = locate(lines, needle, opts);
  return [...needle].map((_, k) => scopesAt(lines, { line: at.line, column: at.column + k }));
}

/** Asserts that every character of `needle` carries `scope`. */
export function assertScope(
  lines: TokenizedLine[],
  needle: string,
  scope: string,
  opts: Where = {},
): void {
  scopesOfText(lines, needle, opts).forEach((scopes, k) => {
    assert.ok(
      hasScope(scopes, scope),
      `expected "${needle}"[${k}] to be in ${scope}, got: ${scopes.join(' ')}`,
    );
  });
}

/** Asserts that no character of `needle` carries `scope`. */
export function assertNoScope(
  lines: TokenizedLine[],
  needle: string,
  scope: string,
  opts: Where = {},
): void {
  scopesOfText(lines, needle, opts).forEach((scopes, k) => {
    assert.ok(
      !hasScope(scopes, scope),
      `expected "${needle}"[${k}] not to be in ${scope}, got: ${scopes.join(' ')}`,
    );
  });
}

/** Asserts that `needle` is exactly one token (not merged with neighbours, not split). */
export function assertSingleToken(
  lines: TokenizedLine[],
  needle: string,
  opts: Where = {},
): Token {
  const at = locate(lines, needle, opts);
  const token = lines[at.line].tokens.find((t) => t.start === at.column);
  assert.ok(token && token.text === needle, `expected "${needle}" to be one token, got ${JSON.stringify(token?.text)}`);
  return token;
}

/**
 * Asserts that `crlfText` gets, character for character, the same scopes as
 * the same text with LF line endings (the CRs themselves are not compared).
 */
export async function assertCrlfLikeLf(scopeName: string, crlfText: string): Promise<void> {
  const crlf = await tokenize(scopeName, crlfText);
  const lf = await tokenize(scopeName, crlfText.replace(/\r\n/g, '\n'));
  assert.equal(crlf.length, lf.length, 'line count');
  lf.forEach((line, i) => {
    for (let column = 0; column < line.line.length; column++) {
      assert.deepEqual(
        scopesAt(crlf, { line: i, column }),
        scopesAt(lf, { line: i, column }),
        `line ${i + 1}, column ${column + 1}`,
      );
    }
  });
}
