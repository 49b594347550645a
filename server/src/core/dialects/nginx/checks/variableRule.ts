import type { CheckRule } from '../../../analysis/directiveChecks/types';
import { closestName } from '../../../analysis/directiveChecks/closestName';
import type { Argument, Directive } from '../../../model/types';
import { nginxKnowledge } from '../knowledge';
import type { DirectiveVisit, NginxConfigView } from './configurationView';
import { definedName, namedCaptures, variableReferences } from './variableReferences';

/** Modules whose arguments are code in another language (Lua, Perl, JavaScript), not nginx strings. */
const CODE_MODULES = new Set(['ngx_http_lua_module', 'ngx_stream_lua_module', 'ngx_http_perl_module', 'ngx_http_js_module', 'ngx_stream_js_module']);
/** Directives whose first argument defines a variable. */
const FIRST_ARG_DEFINES = new Set(['set', 'auth_request_set', 'perl_set', 'js_set', 'js_var', 'set_by_lua', 'set_by_lua_block', 'set_by_lua_file']);
/** Directives none of whose arguments nginx compiles as a string with variables. */
const NOT_SCRIPTS = new Set(['location', 'include', 'load_module', 'fastcgi_split_path_info', 'geoip2', 'env']);

function isRegexArgument(arg: Argument): boolean {
  return arg.kind === 'regex' || arg.value.startsWith('~');
}

/** The positions of a directive's arguments that name the variable it defines. */
function definitionPositions(directive: Directive, module: string | undefined): number[] {
  const n = directive.args.length;
  if (FIRST_ARG_DEFINES.has(directive.name) || (module === 'ngx_http_set_misc_module' && definedName(directive.args[0]))) return [0];
  switch (directive.name) {
    case 'map':
    case 'split_clients':
      return [1];
    case 'geo':
      return n > 0 ? [n - 1] : [];
    default:
      return [];
  }
}

/** Every variable the configuration defines; nginx's variables are global, wherever they are set. */
function definedVariables(view: NginxConfigView): Set<string> {
  const defined = new Set<string>();
  const addCaptures = (arg: Argument): void => {
    if (isRegexArgument(arg) || arg.value.includes('(?')) for (const name of namedCaptures(arg.value)) defined.add(name.toLowerCase());
  };
  for (const visit of view.visits) {
    const { directive } = visit;
    const module = nginxKnowledge.directive(directive.name)[0]?.module;
    for (const position of definitionPositions(directive, module)) {
      const name = definedName(directive.args[position]);
      if (name) defined.add(name.toLowerCase());
    }
    if (directive.name === 'geoip2' && directive.block) {
      // `geoip2 db.mmdb { $geoip2_country_code country iso_code; }`: each line defines one.
      for (const child of directive.block.children) if (child.kind === 'directive' && child.name.startsWith('$')) defined.add(child.name.slice(1).toLowerCase());
    }
    if (!CODE_MODULES.has(module ?? '')) for (const arg of directive.args) addCaptures(arg);
  }
  for (const { entry, owner } of view.entries) {
    if (owner.directive.name === 'map' && entry.name.startsWith('~')) for (const name of namedCaptures(entry.name)) defined.add(name.toLowerCase());
  }
  return defined;
}

/** The arguments whose `$` references nginx resolves when it reads the configuration. */
function scriptArguments(visit: DirectiveVisit): readonly Argument[] {
  const { directive } = visit;
  if (NOT_SCRIPTS.has(directive.name)) return [];
  const facts = nginxKnowledge.directive(directive.name);
  const module = facts[0]?.module;
  if (facts.length === 0 || CODE_MODULES.has(module ?? '')) return [];
  const skip = new Set(definitionPositions(directive, module));
  return directive.args.filter((arg, i) => !skip.has(i) && !isRegexArgument(arg));
}

/**
 * `$name` that is neither built in (nginx's and the Debian modules' variables, prefix families such
 * as `$http_*` included) nor defined anywhere in the configuration: nginx -t fails with
 * `unknown "name" variable`. Only a warning when no main configuration is in view.
 */
export const variableRule: CheckRule<NginxConfigView> = {
  codes: ['nginx/unknown-variable'],
  check(view, report) {
    const defined = definedVariables(view);
    const known = new Map<string, boolean>();
    const isKnown = (name: string): boolean => {
      const lower = name.toLowerCase();
      let result = known.get(lower);
      if (result === undefined) known.set(lower, (result = defined.has(lower) || nginxKnowledge.variable(lower) !== undefined));
      return result;
    };
    let candidates: string[] | undefined;
    const suggest = (name: string): string | undefined => {
      candidates ??= [...defined, ...nginxKnowledge.allVariables().filter((v) => !v.prefix).map((v) => v.name)];
      return closestName(name, candidates);
    };
    const check = (visit: DirectiveVisit, args: readonly Argument[], file: string): void => {
      for (const arg of args) {
        for (const ref of variableReferences(arg)) {
          if (isKnown(ref.name)) continue;
          const suggestion = suggest(ref.name);
          report({
            file,
            span: ref.span,
            severity: visit.start.complete ? 'error' : 'warning',
            code: 'nginx/unknown-variable',
            message: `unknown variable '$${ref.name}': not built in, and nothing in the configuration defines it (set, map, geo, a named regex capture …)` + (suggestion ? `; did you mean '$${suggestion}'?` : ''),
            suggestion,
          });
        }
      }
    };
    for (const visit of view.visits) check(visit, scriptArguments(visit), visit.file);
    // Values of map entries are strings with variables too (keys are not).
    for (const { entry, file, owner } of view.entries) if (owner.directive.name === 'map') check(owner, entry.args, file);
  },
};
