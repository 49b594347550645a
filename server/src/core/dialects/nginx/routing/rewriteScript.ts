/**
 * Running a block's rewrite program in the server-rewrite and rewrite phases (ngx_http_script.c):
 * it mutates the request state and ends in one of the outcomes the phase handler returns. When an
 * `if` condition holds in a location, its block becomes the configuration in force and the code
 * after it still runs.
 */
import type { ExplainStep, FileAssumption, FileProbe } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { RegexNotEvaluated } from './pcre';
import type { Condition, ScriptOp, ScriptProgram } from './rewriteProgram';
import { code } from './stepText';
import { unescapeRedirect } from './uriEscape';
import { expandTemplate, expandTracked, expandValue, recordCaptures, variableValue, type RequestState } from './variables';

export type ScriptOutcome =
  /** The script ran to its end: the phase goes on. */
  | { readonly kind: 'continue' }
  /** `break`, or `rewrite … last|break`: the script stops, the phase goes on. */
  | { readonly kind: 'stop' }
  /** The request is finalized with a status: a redirect, `return`, or an error. */
  | { readonly kind: 'finalize'; readonly status: number; readonly location?: string; readonly body?: string;
      /** The Location was built from a variable the request does not determine. */
      readonly locationUnknown?: boolean;
      /** `return` with text or a code below 400 sends its response itself: error_page does not apply. */
      readonly sent: boolean; readonly at: ConfigNode }
  /** A condition or regex the explainer cannot evaluate. */
  | { readonly kind: 'undecided'; readonly reason: string; readonly at: ConfigNode };

export interface ScriptEnvironment {
  readonly state: RequestState;
  readonly steps: ExplainStep[];
  readonly files: FileAssumption;
  readonly probe: FileProbe | undefined;
  /** The chain of the location the script belongs to (an `if` appends to it); undefined at server level. */
  readonly locationChain: readonly ConfigNode[] | undefined;
}

/** Bounds a hostile program (deep nesting is bounded by the parser; this bounds the op count). */
const MAX_OPS = 100_000;

export function runScript(program: ScriptProgram, env: ScriptEnvironment): ScriptOutcome {
  const budget: Budget = { left: MAX_OPS };
  try {
    return runOps(program.ops, env, budget);
  } catch (error) {
    // A regex too costly to run here (PCRE2 would hit its match limit and nginx answer 500): say so, never guess.
    if (error instanceof RegexNotEvaluated) return { kind: 'undecided', reason: error.message, at: budget.current ?? program.ops[0]?.node };
    throw error;
  }
}

interface Budget {
  left: number;
  /** The op running, for reporting a regex that cannot be evaluated. */
  current?: ConfigNode;
}

function runOps(ops: readonly ScriptOp[], env: ScriptEnvironment, budget: Budget): ScriptOutcome {
  const { state, steps } = env;
  for (const op of ops) {
    budget.current = op.node;
    if (--budget.left < 0) return { kind: 'undecided', reason: 'the rewrite script is too long to follow', at: op.node };
    switch (op.kind) {
      case 'set': {
        const { text: value, determined } = expandTracked(op.value, state);
        if (determined) state.tainted.delete(op.name);
        else state.tainted.add(op.name);
        if (op.name === 'args') {
          // $args has a set handler: it replaces r->args (and the client's target is no longer sent as is).
          state.args = value;
          state.unparsedUriValid = false;
        } else state.assigned.set(op.name, value);
        steps.push({ kind: 'set', message: `\`set\`: \`$${op.name}\` = ${code(value)}.`, at: op.node.at });
        break;
      }
      case 'break':
        if (state.uriChanged) {
          state.locationValid = false;
          state.uriChanged = false;
        }
        steps.push({ kind: 'rewrite', message: '`break` stops the rewrite directives of this block', at: op.node.at });
        return { kind: 'stop' };
      case 'return':
        return runReturn(op, state, steps);
      case 'rewrite': {
        const outcome = runRewrite(op, state, steps);
        if (outcome) return outcome;
        break;
      }
      case 'if': {
        const readsBefore = state.undeterminedReads;
        let verdict = evaluateCondition(op.condition, env);
        if (state.undeterminedReads !== readsBefore) verdict = undefined;
        if (verdict === undefined) {
          const reason = op.condition.kind === 'invalid' ? op.condition.reason : `the condition \`if (${op.node.args.join(' ')})\` depends on something the request does not determine`;
          return { kind: 'undecided', reason, at: op.node };
        }
        steps.push({ kind: 'if', message: `\`if (${op.node.args.join(' ')})\` is ${verdict ? 'true' : 'false'}.`, at: op.node.at });
        if (!verdict) break;
        if (op.confPath && env.locationChain) state.chain = [...env.locationChain, ...op.confPath];
        const inner = runOps(op.body, env, budget);
        if (inner.kind !== 'continue') return inner;
        break;
      }
    }
  }
  return { kind: 'continue' };
}

function runReturn(op: Extract<ScriptOp, { kind: 'return' }>, state: RequestState, steps: ExplainStep[]): ScriptOutcome {
  // ngx_http_send_response sets the status before it expands the text ($status sees it).
  if (op.text !== undefined && (op.status < 400 || op.text.length > 0)) state.headersStatus = op.status;
  const expanded = op.text === undefined ? { text: '', determined: true } : expandTracked(op.text, state);
  const text = expanded.text;
  // Text built from a variable the request does not determine is not predicted (never guessed).
  const known = expanded.determined ? text : undefined;
  const hasText = op.text !== undefined && op.text.length > 0;
  const at = op.node;
  if (op.status === 444) {
    steps.push({ kind: 'return', message: '`return 444` closes the connection without a response', at: at.at });
    return { kind: 'finalize', status: 444, sent: true, at };
  }
  if (op.status < 400 || hasText) {
    if (isRedirectStatus(op.status)) {
      steps.push({ kind: 'return', message: `\`return ${op.status}\` redirects to ${code(text)}.`, at: at.at });
      // ngx_http_send_response only sets Location; finalizing with the code sends the built-in page.
      return { kind: 'finalize', status: op.status, location: known, locationUnknown: known === undefined, sent: false, at };
    }
    steps.push({ kind: 'return', message: `\`return ${op.status}\` answers with ${text.length ? code(text) : 'an empty body'}.`, at: at.at });
    return { kind: 'finalize', status: op.status, body: known, sent: true, at };
  }
  steps.push({ kind: 'return', message: `\`return ${op.status}\` finishes the request with status ${op.status}.`, at: at.at });
  return { kind: 'finalize', status: op.status, sent: false, at };
}

export function isRedirectStatus(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function runRewrite(op: Extract<ScriptOp, { kind: 'rewrite' }>, state: RequestState, steps: ExplainStep[]): ScriptOutcome | undefined {
  if (!op.regex) return { kind: 'undecided', reason: `the regex of \`${op.node.at.text}\` cannot be evaluated`, at: op.node };
  const match = op.regex.exec(state.uri);
  if (!match) {
    state.captures = undefined;
    steps.push({ kind: 'rewrite', message: `\`${op.node.at.text}\` does not match ${code(state.uri)}.`, at: op.node.at });
    return undefined;
  }
  recordCaptures(state, match);
  const readsBefore = state.undeterminedReads;
  const outcome = applyRewrite(op, state, steps);
  if (state.undeterminedReads !== readsBefore) {
    return { kind: 'undecided', reason: `the replacement of \`${op.node.at.text}\` uses a variable the request does not determine`, at: op.node };
  }
  return outcome;
}

function applyRewrite(op: Extract<ScriptOp, { kind: 'rewrite' }>, state: RequestState, steps: ExplainStep[]): ScriptOutcome | undefined {
  if (op.redirect) {
    // Captures are escaped, then everything before '?' unescaped for the Location header.
    const expanded = expandTemplate(op.replacement, state, { escapeCaptures: 'always' }).text;
    let location = unescapeRedirect(expanded);
    if (op.addArgs && state.args.length > 0) location += (op.replacement.hasArgs ? '&' : '?') + state.args;
    steps.push({ kind: 'rewrite', message: `\`${op.node.at.text}\` matches: ${op.redirect === 301 ? 'permanent' : 'temporary'} redirect to ${code(location)}.`, at: op.node.at });
    return { kind: 'finalize', status: op.redirect, location, sent: false, at: op.node };
  }
  const expansion = expandTemplate(op.replacement, state, { escapeCaptures: 'in-args' });
  let uri = expansion.text;
  if (expansion.argsStart >= 0) {
    let args = uri.slice(expansion.argsStart);
    uri = uri.slice(0, expansion.argsStart);
    if (op.addArgs && state.args.length > 0) args += '&' + state.args;
    state.args = args;
  } else if (!op.addArgs) {
    state.args = '';
  }
  state.internal = true;
  state.unparsedUriValid = false;
  if (op.flag === 'break') {
    state.locationValid = false;
    state.uriChanged = false;
  } else {
    state.uriChanged = true;
  }
  state.uri = uri;
  const argsNote = state.args.length ? ` with arguments ${code(state.args)}` : '';
  const flagNote = op.flag === 'last' ? ', `last`: find the location again' : op.flag === 'break' ? ', `break`: stay in this location' : '';
  steps.push({ kind: 'rewrite', message: `\`${op.node.at.text}\` rewrites the URI to ${code(uri)}${argsNote}${flagNote}.`, at: op.node.at });
  if (uri.length === 0) return { kind: 'finalize', status: 500, sent: false, at: op.node };
  return op.stops ? { kind: 'stop' } : undefined;
}

function evaluateCondition(condition: Condition, env: ScriptEnvironment): boolean | undefined {
  const { state } = env;
  switch (condition.kind) {
    case 'invalid':
      return undefined;
    case 'variable': {
      const value = variableValue(state, condition.name);
      return value.length > 0 && value !== '0';
    }
    case 'compare': {
      const same = variableValue(state, condition.name) === expandValue(condition.value, state);
      return condition.equal ? same : !same;
    }
    case 'regex': {
      const match = condition.regex.exec(variableValue(state, condition.name));
      if (match) recordCaptures(state, match);
      else state.captures = undefined;
      return condition.negative ? !match : Boolean(match);
    }
    case 'file': {
      const path = expandValue(condition.value, state);
      const kind = fileTestKind(path, env.files, env.probe);
      let holds: boolean;
      switch (condition.test) {
        case 'f':
          holds = kind === 'file';
          break;
        case 'd':
          holds = kind === 'directory';
          break;
        case 'e':
          holds = kind !== 'none';
          break;
        case 'x':
          // Whether a file is executable is not something the probe tells: nginx tests the mode bits.
          if (kind === 'file') return undefined;
          holds = false;
          break;
      }
      return condition.negative ? !holds : holds;
    }
  }
}

/** What an `if` file test finds at `path` under the request's file assumption (a path ending in '/' is a directory). */
function fileTestKind(path: string, files: FileAssumption, probe: FileProbe | undefined): 'file' | 'directory' | 'none' {
  if (files === 'missing') return 'none';
  if (files === 'exist') return path.endsWith('/') ? 'directory' : 'file';
  if (!probe) return 'none';
  if (probe.isFile(path)) return path.endsWith('/') ? 'none' : 'file';
  if (probe.isDirectory(path)) return 'directory';
  return 'none';
}
