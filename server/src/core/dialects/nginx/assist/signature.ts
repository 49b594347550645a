/**
 * Signature help: a directive's syntax lines as nginx.org writes them (`location [ = | ~ | ~* | ^~ ] uri { ... }`)
 * with the parameter the cursor's argument fills. A syntax line is split on whitespace at its top
 * level: a `[…]` group is one optional parameter, `a | b` alternatives are one parameter, `...`
 * repeats the parameter before it, and `{ ... }` is the block, not a parameter.
 */
import type { SignatureEntry, SignatureResult } from '../../../analysis/assist';
import { nginxKnowledge, type DirectiveFact } from '../knowledge';
import { syntaxLines } from './docs';

export interface SyntaxParameter {
  readonly start: number;
  readonly end: number;
  readonly optional: boolean;
  readonly repeat: boolean;
  /** The alternatives written in it (`=`, `~`, `on`, `keys_zone=name:size` …). */
  readonly alternatives: readonly string[];
  /** Alternatives joined by `|` or `key=` forms: literal keywords rather than a placeholder. */
  readonly literal: boolean;
}

interface RawToken {
  start: number;
  end: number;
}

/** Top-level tokens of a syntax line's argument part, from `offset` on. */
function tokens(line: string, offset: number): RawToken[] {
  const out: RawToken[] = [];
  const end = line.endsWith(';') ? line.length - 1 : line.length;
  let i = offset;
  while (i < end) {
    if (line[i] === ' ') {
      i++;
      continue;
    }
    if (line[i] === '{' || line[i] === ';') break;
    const start = i;
    let depth = 0;
    while (i < end && (depth > 0 || line[i] !== ' ')) {
      if (line[i] === '[') depth++;
      else if (line[i] === ']') depth--;
      i++;
    }
    out.push({ start, end: i });
  }
  return out;
}

/** Splits the parameters of `label`, whose argument part starts at `offset`. */
export function syntaxParameters(label: string, offset: number): SyntaxParameter[] {
  const raw = tokens(label, offset);
  const params: { start: number; end: number; repeat: boolean }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const text = label.slice(raw[i].start, raw[i].end);
    const last = params[params.length - 1];
    if (text === '|' && last && i + 1 < raw.length) {
      last.end = raw[++i].end;
      continue;
    }
    if (text === '...' && last) {
      last.end = raw[i].end;
      last.repeat = true;
      continue;
    }
    params.push({ start: raw[i].start, end: raw[i].end, repeat: false });
  }
  return params.map((p) => {
    const text = label.slice(p.start, p.end).replace(/\s*\.\.\.$/, '');
    const optional = text.startsWith('[') && text.endsWith(']');
    const inner = optional ? text.slice(1, -1) : text;
    const alternatives = inner.split(/\s*\|\s*|\s+/).filter(Boolean);
    return { ...p, optional, alternatives, literal: inner.includes('|') || inner.includes('=') };
  });
}

function literalMatch(param: SyntaxParameter, value: string, prefix: boolean): boolean {
  if (!param.literal && param.alternatives.length !== 1) return false;
  return param.alternatives.some((alt) => {
    const eq = alt.indexOf('=');
    if (eq > 0) {
      const key = alt.slice(0, eq + 1);
      return value.startsWith(key) || (prefix && value.length > 0 && key.startsWith(value));
    }
    return alt === value || (prefix && value.length > 0 && alt.startsWith(value));
  });
}

/** Which parameter the argument at `values.length - 1` fills; -1 when past the end. `fits` is false when an argument cannot be placed. */
export function activeParameter(params: readonly SyntaxParameter[], values: readonly string[]): { index: number; fits: boolean } {
  let p = 0;
  let fits = true;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    const current = k === values.length - 1;
    if (p >= params.length) return { index: -1, fits: false };
    if (value !== '' && !literalMatch(params[p], value, current)) {
      // A later parameter that names this value (`listen 443 ssl` → `[ssl]`), if only optional ones lie between.
      let later = -1;
      for (let j = p + 1; j < params.length && params[j - 1].optional; j++) {
        if (literalMatch(params[j], value, current)) {
          later = j;
          break;
        }
      }
      if (later !== -1) p = later;
      else {
        while (p < params.length - 1 && params[p].optional && params[p].literal) p++;
        if (params[p].literal && !params[p].optional && !literalMatch(params[p], value, current)) fits = false;
      }
    }
    if (current) return { index: p, fits };
    if (!params[p].repeat) p++;
  }
  return { index: p < params.length ? p : -1, fits };
}

/** A syntax made up from the argument rule when nginx.org documents none (third-party modules). */
function syntheticSyntax(fact: DirectiveFact): string {
  const { args } = fact;
  if (args.flag) return `${fact.name} on | off;`;
  if (fact.enumValues?.length) return `${fact.name} ${fact.enumValues.join(' | ')};`;
  if (args.block && args.max === 0) return `${fact.name} { ... }`;
  const parts: string[] = [];
  const max = args.max ?? args.min + 1;
  const named = (i: number): string => (max === 1 ? 'value' : `value${i + 1}`);
  for (let i = 0; i < max; i++) parts.push(i < args.min ? named(i) : `[${named(i)}]`);
  if (args.max === null) parts[parts.length - 1] += ' ...';
  return `${fact.name}${parts.length ? ' ' + parts.join(' ') : ''}${args.block ? ' { ... }' : ';'}`;
}

/** Signature help for argument `index` of `name` (earlier argument values and the typed part given). */
export function directiveSignature(name: string, facts: readonly DirectiveFact[], values: readonly string[]): SignatureResult | undefined {
  if (facts.length === 0) return undefined;
  const seen = new Set<string>();
  const signatures: (SignatureEntry & { active: { index: number; fits: boolean } })[] = [];
  for (const fact of facts) {
    const lines = syntaxLines(fact);
    const documentation = nginxKnowledge.hoverDoc(fact)?.summary;
    for (const label of lines.length ? lines : [syntheticSyntax(fact)]) {
      if (seen.has(label)) continue;
      seen.add(label);
      const params = syntaxParameters(label, name.length + 1);
      signatures.push({ label, parameters: params.map((p) => [p.start, p.end] as const), documentation, active: activeParameter(params, values) });
    }
  }
  const fitting = signatures.findIndex((s) => s.active.fits && s.active.index !== -1);
  const activeSignature = fitting === -1 ? 0 : fitting;
  return {
    signatures: signatures.map(({ label, parameters, documentation }) => ({ label, parameters, documentation })),
    activeSignature,
    activeParameter: signatures[activeSignature].active.index,
  };
}
