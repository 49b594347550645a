import type { CheckFinding } from '../../../analysis/directiveChecks/types';
import { closestName } from '../../../analysis/directiveChecks/closestName';
import { spanFromTo } from '../../../analysis/directiveChecks/liveSpans';
import { nginxKnowledge, type DirectiveFact, type NginxContext } from '../knowledge';
import type { LoadedModules } from './loadedModules';
import { acceptsCount, allowedIn, contextName, describeCount, hasBlock, nginxTokenCount } from './resolveDirective';
import type { NginxRule } from './ruleTypes';
import type { DirectiveVisit } from './visit';

/** Names nginx accepts in a context with these modules: what a misspelt name is compared with. */
function namesValidIn(context: NginxContext | undefined, modules: LoadedModules): Set<string> {
  const names = new Set<string>();
  for (const fact of nginxKnowledge.allDirectives()) {
    if (modules.provides(fact) && (!context || allowedIn(fact, context))) names.add(fact.name);
  }
  return names;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

const GUESS_NOTE = ' (this file is not included from any main configuration in view: its context is a guess)';

/** The names valid in each context, per modules (modules objects are interned, so this lasts). */
const validNames = new WeakMap<LoadedModules, Map<NginxContext | undefined, Set<string>>>();

function unknownDirective(visit: DirectiveVisit): CheckFinding {
  const { directive, context, modules } = visit;
  let byContext = validNames.get(modules);
  if (!byContext) validNames.set(modules, (byContext = new Map()));
  let names = byContext.get(context);
  if (!names) byContext.set(context, (names = namesValidIn(context, modules)));
  const suggestion = closestName(directive.name, names);
  return {
    file: visit.file,
    span: directive.nameSpan,
    severity: 'error',
    code: 'nginx/unknown-directive',
    message: suggestion ? `unknown directive '${directive.name}'; did you mean '${suggestion}'?` : `unknown directive '${directive.name}'`,
    suggestion,
  };
}

function notLoaded(visit: DirectiveVisit, facts: readonly DirectiveFact[]): CheckFinding {
  const name = visit.directive.name;
  const dynamic = facts.find((f) => f.moduleKind === 'dynamic' && f.soFile);
  const message = dynamic
    ? `unknown directive '${name}': it comes from the dynamic module ${dynamic.module} (Debian package ${dynamic.debianPackage ?? '?'}), which this configuration does not load; ` +
      `add 'load_module modules/${dynamic.soFile};' at the top of the main configuration`
    : `unknown directive '${name}': its module ${facts[0].module} is not built into Debian's nginx`;
  return { file: visit.file, span: visit.directive.nameSpan, severity: 'error', code: 'nginx/unknown-directive', message };
}

function notAllowed(visit: DirectiveVisit, context: NginxContext, available: readonly DirectiveFact[]): CheckFinding {
  const where = unique(available.flatMap((f) => f.contexts).map(contextName));
  return {
    file: visit.file,
    span: visit.directive.nameSpan,
    severity: visit.start.guessed ? 'warning' : 'error',
    code: 'nginx/not-allowed-here',
    message: `'${visit.directive.name}' is not allowed in the ${contextName(context)} context; it is allowed in ${where.join(', ')}` + (visit.start.guessed ? GUESS_NOTE : ''),
  };
}

/** Block shape and argument count, checked as nginx does once it found the directive's definition. */
function malformed(visit: DirectiveVisit, facts: readonly DirectiveFact[]): CheckFinding | undefined {
  const { directive } = visit;
  const block = hasBlock(directive);
  // Most names have one definition, and it fits: answer that without building arrays.
  if (facts.length === 1 && !!facts[0].args.block === block && (directive.name === 'if' || !directive.terminated || acceptsCount(facts[0].args, nginxTokenCount(directive)))) return undefined;
  const shaped = facts.filter((f) => !!f.args.block === block);
  const base = { file: visit.file, severity: 'error' as const };
  if (shaped.length === 0) {
    return block
      ? { ...base, span: directive.nameSpan, code: 'nginx/unexpected-block', message: `'${directive.name}' takes no block: nginx reads it as not terminated by ';'` }
      : { ...base, span: directive.nameSpan, code: 'nginx/missing-block', message: `'${directive.name}' needs a block: directive has no opening '{'` };
  }
  // nginx counts the `if` condition's tokens with their parentheses; a missing ';' already has its
  // own finding, and the tokens after it are not this directive's.
  if (directive.name === 'if' || !directive.terminated) return undefined;
  const count = nginxTokenCount(directive);
  if (shaped.some((f) => acceptsCount(f.args, count))) return undefined;
  const rule = shaped[0].args;
  const max = rule.counts ? Math.max(...rule.counts) : rule.max;
  const extra = max !== null && count > max ? directive.args.slice(directive.args.length - (count - max)) : [];
  const span = extra.length ? spanFromTo(extra[0].span, extra[extra.length - 1].span) : directive.nameSpan;
  return { ...base, span, code: 'nginx/argument-count', message: `'${directive.name}' takes ${describeCount(rule)}, got ${count}` };
}

/** Unknown directives, directives outside their contexts, and wrong shapes or argument counts. */
export const directiveUseRule: NginxRule = {
  codes: ['nginx/unknown-directive', 'nginx/not-allowed-here', 'nginx/missing-block', 'nginx/unexpected-block', 'nginx/argument-count'],
  directive(visit, out) {
    const resolution = visit.resolution;
    switch (resolution.kind) {
      case 'unknown':
        out.report(unknownDirective(visit));
        break;
      case 'not-loaded':
        out.report(notLoaded(visit, resolution.facts));
        break;
      case 'not-allowed':
        out.report(notAllowed(visit, resolution.context, resolution.available));
        break;
      case 'allowed': {
        const finding = malformed(visit, resolution.facts);
        if (finding) out.report(finding);
        break;
      }
    }
  },
};
