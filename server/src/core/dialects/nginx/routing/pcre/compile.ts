/**
 * nginx's regular expressions (locations, `rewrite`, `if`, `server_name ~`, `map`) are PCRE2 10.42
 * patterns matched against bytes: no UTF, no UCP, the default "C" character tables, newline = LF,
 * options 0 or CASELESS. JavaScript's RegExp differs in many small ways (`$`, `.`, `\s`, case folding
 * of bytes >= 0x80, inline flags, possessive/atomic groups), so patterns are parsed (parser.ts),
 * checked (checks.ts, backtrackingGuard.ts) and re-emitted as an equivalent non-unicode JS RegExp
 * without flags (emitJs.ts); the few with a caseless back reference run on backtrackingMatcher.ts.
 * This module caches compiled patterns and runs them. Subjects are latin1 strings (one
 * char per byte). Patterns PCRE2 rejects return `{ error }` (nginx refuses such a config); patterns we
 * cannot reproduce exactly, or that could backtrack for ever, return `{ error }` too: the explainer
 * must never guess and never hang.
 */

import { checkBacktracking, estimateWork, workFits, type WorkEstimate } from './backtrackingGuard';
import { checkBackrefs, checkCapturesInRepeats, checkEmptyIterations, checkLookbehinds } from './checks';
import { backtrackingMatcher, MatchTooCostly, type BacktrackingMatch } from './backtrackingMatcher';
import { Emitter } from './emitJs';
import { Parser } from './parser';
import { PcreSyntaxError, Unsupported, walk, type Node } from './syntax';

export interface Captures {
  /** [0] is the whole match; undefined for a group that did not take part. */
  readonly numbered: readonly (string | undefined)[];
  /** Every named group; '' for one that did not take part (nginx sets such a variable to the empty string). */
  readonly named: Readonly<Record<string, string>>;
}

export interface CompiledRegex {
  readonly source: string;
  readonly caseless: boolean;
  /** The equivalent JavaScript RegExp source (for debugging). */
  readonly translated: string;
  /** Number of capturing groups (nginx's `captures`). */
  readonly captureCount: number;
  /** Group names with their numbers, in number order. */
  readonly names: readonly (readonly [string, number])[];
  exec(subject: string): Captures | undefined;
}

/**
 * Thrown by `exec` instead of running a match whose backtracking could take minutes (a pattern
 * with several overlapping unbounded repeats on a long subject). nginx's PCRE2 gives up on such a
 * match at its match limit and the request gets a 500, so the answer is "not known" either way.
 */
export class RegexNotEvaluated extends Error {}

export type RegexCompileResult = CompiledRegex | { readonly error: string };

const cache = new Map<string, RegexCompileResult>();
const CACHE_LIMIT = 10_000;

export function compileNginxRegex(pattern: string, caseless: boolean): RegexCompileResult {
  const key = (caseless ? 'i:' : 's:') + pattern;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = compileUncached(pattern, caseless);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/**
 * Config text as the bytes nginx reads (UTF-8), one char per byte like subjects.
 * (TextEncoder, not Buffer: the core must also run in a web worker.)
 */
export function utf8Bytes(text: string): string {
  // ASCII text is its own bytes
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = '';
  for (const byte of utf8Encoder.encode(text)) out += String.fromCharCode(byte);
  return out;
}

const utf8Encoder = new TextEncoder();

export function isRegexError(r: RegexCompileResult): r is { readonly error: string } {
  return 'error' in r;
}

/** `pattern` is config text (Unicode); nginx reads the file's UTF-8 bytes, so the pattern is matched as those bytes. */
function compileUncached(text: string, caseless: boolean): RegexCompileResult {
  const pattern = utf8Bytes(text);
  let js: string;
  let parser: Parser;
  let work: WorkEstimate;
  let groupMap: ReadonlyMap<number, number>;
  let matcher: BacktrackingMatch | undefined;
  try {
    parser = new Parser(pattern, caseless);
    const ast = parser.parse();
    checkLookbehinds(ast);
    for (const { ref } of parser.backrefs) {
      const n = typeof ref === 'number' ? ref : parser.names.get(ref);
      if (n === undefined || n > parser.captureCount) throw new PcreSyntaxError('reference to non-existent subpattern');
    }
    checkBacktracking(ast);
    checkCapturesInRepeats(ast);
    checkEmptyIterations(ast);
    checkBackrefs(ast, parser.names);
    work = estimateWork(ast);
    const caselessBackrefs = hasCaselessBackref(ast);
    const emitter = new Emitter(parser.names, parser.captureCount, caselessBackrefs ? 'exact' : 'refuse');
    js = emitter.emitPattern(ast);
    groupMap = emitter.groupMap;
    if (caselessBackrefs) matcher = backtrackingMatcher(ast, parser.captureCount, parser.names, MATCHER_STEP_BUDGET);
  } catch (e) {
    if (e instanceof PcreSyntaxError) return { error: `pcre2_compile() failed: ${e.message} in "${text}"` };
    if (e instanceof Unsupported) return { error: e.message.startsWith('may backtrack') ? e.message : `unsupported by the explainer: ${e.message}` };
    throw e;
  }
  let re: RegExp;
  try {
    re = new RegExp(js);
  } catch (e) {
    return { error: `unsupported by the explainer: ${(e as Error).message}` };
  }
  const captureCount = parser.captureCount;
  const names = [...parser.names.entries()].sort((a, b) => a[1] - b[1]) as [string, number][];
  const jsIndex: number[] = [0];
  for (let n = 1; n <= captureCount; n++) jsIndex.push(groupMap.get(n) as number);
  return {
    source: text,
    caseless,
    translated: matcher ? `(run by the backtracking matcher; as exact JS: ${js})` : js,
    captureCount,
    names,
    exec(subject: string): Captures | undefined {
      if (!workFits(work, subject.length)) {
        throw tooLong(text, subject);
      }
      let numbered: (string | undefined)[];
      if (matcher) {
        const m = runMatcher(matcher, text, subject);
        if (!m) return undefined;
        numbered = m;
      } else {
        re.lastIndex = 0;
        const m = re.exec(subject);
        if (!m) return undefined;
        numbered = jsIndex.map((j) => m[j]);
      }
      const named: Record<string, string> = {};
      for (const [name, n] of names) named[name] = numbered[n] ?? '';
      return { numbered, named };
    },
  };
}

function tooLong(text: string, subject: string): RegexNotEvaluated {
  return new RegexNotEvaluated(`regex "${text}" on a ${subject.length}-byte subject could take too long (PCRE2 may stop at its match limit and nginx then answers 500)`);
}

/** Node visits the backtracking matcher may make: below PCRE2's 10,000,000 match() calls. */
const MATCHER_STEP_BUDGET = 4e6;

function runMatcher(matcher: BacktrackingMatch, text: string, subject: string): (string | undefined)[] | undefined {
  try {
    return matcher(subject);
  } catch (e) {
    if (e instanceof MatchTooCostly) throw tooLong(text, subject);
    throw e;
  }
}

/** JS RegExp has no caseless back reference without folding everything else too (see backtrackingMatcher.ts). */
function hasCaselessBackref(ast: Node): boolean {
  let found = false;
  walk(ast, (n) => {
    if (n.t === 'backref' && n.caseless) found = true;
  });
  return found;
}
