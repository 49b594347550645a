/**
 * The rewrite module's directives of one block (`rewrite`, `return`, `set`, `if`, `break`) compiled
 * once into a program, as ngx_http_rewrite_module.c compiles them into script codes: the regexes,
 * flags and templates are read here, never per request. `if` bodies are inline code.
 */
import type { ConfigNode } from './configTree';
import { compileNginxRegex, isRegexError, type CompiledRegex } from './pcre';
import { parseTemplate, type Template } from './variables';

type RewriteFlag = 'last' | 'break' | 'redirect' | 'permanent';

export type Condition =
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'compare'; readonly name: string; readonly equal: boolean; readonly value: string }
  | { readonly kind: 'regex'; readonly name: string; readonly regex: CompiledRegex; readonly negative: boolean }
  | { readonly kind: 'file'; readonly test: 'f' | 'd' | 'e' | 'x'; readonly negative: boolean; readonly value: string }
  | { readonly kind: 'invalid'; readonly reason: string };

export type ScriptOp =
  | {
      readonly kind: 'rewrite';
      readonly node: ConfigNode;
      readonly regex: CompiledRegex | undefined;
      readonly replacement: Template;
      readonly flag: RewriteFlag | undefined;
      /** 301/302 for a redirect (flag or a replacement starting with http://, https://, $scheme). */
      readonly redirect: 301 | 302 | undefined;
      /** No trailing '?': the original arguments are appended. */
      readonly addArgs: boolean;
      /** last/break/redirect/permanent or an implicit redirect: the script stops after it. */
      readonly stops: boolean;
    }
  | { readonly kind: 'return'; readonly node: ConfigNode; readonly status: number; readonly text: string | undefined }
  | { readonly kind: 'set'; readonly node: ConfigNode; readonly name: string; readonly value: string }
  | { readonly kind: 'break'; readonly node: ConfigNode }
  | {
      readonly kind: 'if';
      readonly node: ConfigNode;
      readonly condition: Condition;
      readonly body: readonly ScriptOp[];
      /** The `if` blocks from the location down to this one: the configuration in force when it holds. */
      readonly confPath: readonly ConfigNode[] | undefined;
    };

export interface ScriptProgram {
  readonly ops: readonly ScriptOp[];
  /** Directives nginx would refuse (bad regex, bad code) or regexes the explainer cannot run, as sentences. */
  readonly problems: readonly string[];
}

const programs = new WeakMap<ConfigNode, ScriptProgram>();

/** The rewrite program of a server, location or `if` block (cached per block). */
export function scriptOf(block: ConfigNode, level: 'server' | 'location'): ScriptProgram {
  const cached = programs.get(block);
  if (cached) return cached;
  const problems: string[] = [];
  const ops = compileOps(block.children ?? [], level, [], problems);
  const program = { ops, problems };
  programs.set(block, program);
  return program;
}

export function hasScript(block: ConfigNode, level: 'server' | 'location'): boolean {
  return scriptOf(block, level).ops.length > 0;
}

function compileOps(nodes: readonly ConfigNode[], level: 'server' | 'location', ifPath: readonly ConfigNode[], problems: string[]): ScriptOp[] {
  const ops: ScriptOp[] = [];
  for (const node of nodes) {
    switch (node.name) {
      case 'rewrite': {
        const op = compileRewrite(node, problems);
        if (op) ops.push(op);
        break;
      }
      case 'return': {
        const op = compileReturn(node, problems);
        if (op) ops.push(op);
        break;
      }
      case 'set':
        if (node.args.length === 2 && node.args[0].startsWith('$')) {
          ops.push({ kind: 'set', node, name: node.args[0].slice(1).toLowerCase(), value: node.args[1] });
        } else problems.push(`nginx would refuse \`${node.at.text}\`: not a valid \`set\`.`);
        break;
      case 'break':
        ops.push({ kind: 'break', node });
        break;
      case 'if': {
        const path = [...ifPath, node];
        // An `if` in a server only runs code (nginx allows no `if` inside it); one in a location
        // makes its block the configuration in force.
        ops.push({
          kind: 'if',
          node,
          condition: compileCondition(node.args),
          body: compileOps(node.children ?? [], level, path, problems),
          confPath: level === 'location' ? path : undefined,
        });
        break;
      }
    }
  }
  return ops;
}

function compileRewrite(node: ConfigNode, problems: string[]): ScriptOp | undefined {
  const [pattern, replacementSource, flagText] = node.args;
  if (pattern === undefined || replacementSource === undefined || replacementSource.length === 0) {
    problems.push(`nginx would refuse \`${node.at.text}\`: not a valid \`rewrite\`.`);
    return undefined;
  }
  const compiled = compileNginxRegex(pattern, false);
  const regex = isRegexError(compiled) ? undefined : compiled;
  if (isRegexError(compiled)) {
    problems.push(compiled.error.startsWith('pcre2_compile')
      ? `nginx would refuse \`${node.at.text}\`: ${compiled.error}.`
      : `The regex of \`${node.at.text}\` cannot be evaluated here: ${compiled.error}.`);
  }
  let source = replacementSource;
  let addArgs = true;
  if (source.endsWith('?')) {
    source = source.slice(0, -1);
    addArgs = false;
  }
  let redirect: 301 | 302 | undefined;
  let stops = false;
  if (source.startsWith('http://') || source.startsWith('https://') || source.startsWith('$scheme')) {
    redirect = 302;
    stops = true;
  }
  const flag = flagText as RewriteFlag | undefined;
  if (flag === 'last' || flag === 'break') stops = true;
  else if (flag === 'redirect') (redirect = 302), (stops = true);
  else if (flag === 'permanent') (redirect = 301), (stops = true);
  else if (flag !== undefined) problems.push(`nginx would refuse \`${node.at.text}\`: invalid flag \`${flagText}\`.`);
  return { kind: 'rewrite', node, regex, replacement: parseTemplate(source, redirect === undefined), flag, redirect, addArgs, stops };
}

function compileReturn(node: ConfigNode, problems: string[]): ScriptOp | undefined {
  const [first, second] = node.args;
  if (first === undefined) return undefined;
  if (/^[0-9]+$/.test(first)) {
    const status = Number(first);
    if (status > 999) {
      problems.push(`nginx would refuse \`${node.at.text}\`: invalid return code.`);
      return undefined;
    }
    return { kind: 'return', node, status, text: second };
  }
  if (node.args.length === 1 && (first.startsWith('http://') || first.startsWith('https://') || first.startsWith('$scheme'))) {
    return { kind: 'return', node, status: 302, text: first };
  }
  problems.push(`nginx would refuse \`${node.at.text}\`: invalid return code.`);
  return undefined;
}

/** ngx_http_rewrite_if_condition: the model already dropped the parentheses. */
export function compileCondition(args: readonly string[]): Condition {
  const [first, op, value] = args;
  if (first === undefined) return { kind: 'invalid', reason: 'empty condition' };
  if (first.length > 1 && first.startsWith('$')) {
    const name = first.slice(1).replace(/^\{(.*)\}$/, '$1').toLowerCase();
    if (args.length === 1) return { kind: 'variable', name };
    if (args.length !== 3 || value === undefined) return { kind: 'invalid', reason: `invalid condition \`${args.join(' ')}\`` };
    if (op === '=' || op === '!=') return { kind: 'compare', name, equal: op === '=', value };
    if (op === '~' || op === '~*' || op === '!~' || op === '!~*') {
      const compiled = compileNginxRegex(value, op.endsWith('*'));
      if (isRegexError(compiled)) return { kind: 'invalid', reason: `regex \`${value}\` cannot be evaluated: ${compiled.error}` };
      return { kind: 'regex', name, regex: compiled, negative: op.startsWith('!') };
    }
    return { kind: 'invalid', reason: `unexpected \`${op}\` in condition` };
  }
  const fileTest = /^(!?)-([fdex])$/.exec(first);
  if (fileTest && args.length === 2 && op !== undefined) {
    return { kind: 'file', test: fileTest[2] as 'f' | 'd' | 'e' | 'x', negative: fileTest[1] === '!', value: op };
  }
  return { kind: 'invalid', reason: `invalid condition \`${args.join(' ')}\`` };
}
