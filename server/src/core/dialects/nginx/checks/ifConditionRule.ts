import type { Argument } from '../../../model/types';
import type { Span } from '../../../text/span';
import { moduleOf } from './resolveDirective';
import type { NginxRule } from './ruleTypes';

const COMPARISONS = new Set(['=', '!=', '~', '~*', '!~', '!~*']);
const FILE_TESTS = new Set(['-f', '!-f', '-d', '!-d', '-e', '!-e', '-x', '!-x']);

/** What is wrong with an `if` condition's tokens (parentheses excluded), as ngx_http_rewrite_if_condition sees it. */
export function conditionProblem(args: readonly Argument[]): { message: string; arg?: Argument } | undefined {
  const [first] = args;
  if (!first) return { message: "invalid condition: '()' is empty; test a variable, compare one, or check a file with -f, -d, -e or -x" };
  if (first.value.length > 1 && first.value.startsWith('$')) {
    if (args.length === 1) return undefined;
    if (args.length !== 3) return { arg: first, message: "invalid condition: after a variable nginx expects nothing, or an operator and one value (quote a value that has spaces)" };
    return COMPARISONS.has(args[1].value) ? undefined : { arg: args[1], message: `unexpected '${args[1].value}' in condition: use =, !=, ~, ~*, !~ or !~*` };
  }
  if (FILE_TESTS.has(first.value)) return args.length === 2 ? undefined : { arg: first, message: `invalid condition: '${first.value}' takes exactly one path` };
  return { arg: first, message: `invalid condition '${first.value}': a condition starts with a $variable or a file test (-f, -d, -e, -x)` };
}

/** `if (…)` conditions nginx cannot read, and a condition not closed by ')'. */
export const ifConditionRule: NginxRule = {
  codes: ['nginx/invalid-condition'],
  directive(visit, out) {
    const { directive } = visit;
    // (Not `applied`: an empty condition has no arguments, which the count check would refuse.)
    if (directive.name !== 'if' || !directive.block || visit.resolution.kind !== 'allowed' || moduleOf(visit) !== 'ngx_http_rewrite_module') return;
    const problem = conditionProblem(directive.args) ?? unclosed(out.source.textOf?.(visit.file), directive.nameSpan, directive.block.span);
    if (problem) out.report({ file: visit.file, span: problem.arg?.span ?? directive.nameSpan, severity: 'error', code: 'nginx/invalid-condition', message: problem.message });
  },
};

/** The grammar reads `if ($a ~ x {` without the ')': the header text tells. */
function unclosed(text: string | undefined, name: Span, block: Span): { message: string; arg?: Argument } | undefined {
  if (text === undefined) return undefined;
  // A comment starts a token; a '#' inside a word (`P\###`) is part of the word.
  const header = text.slice(name.endIndex, block.startIndex).replace(/(^|\s)#[^\n]*/g, '$1').trim();
  if (!header.startsWith('(')) return { message: "invalid condition: write the condition in parentheses, 'if ($variable) {'" };
  return header.endsWith(')') ? undefined : { message: "invalid condition: the condition is not closed by ')'" };
}
