import type { CheckFinding, CheckRule } from '../../../analysis/directiveChecks/types';
import { closestName } from '../../../analysis/directiveChecks/closestName';
import type { Argument, Directive } from '../../../model/types';
import type { Span } from '../../../text/span';
import { nginxKnowledge, type VariableFact } from '../knowledge';
import type { DirectiveVisit, NginxConfigView } from './configurationView';
import { moduleOf } from './resolveDirective';
import { definedName, namedCaptures, variableReferences } from './variableReferences';

/** Modules whose arguments are code in another language (Lua, Perl, JavaScript), not nginx strings. */
const CODE_MODULES = new Set(['ngx_http_lua_module', 'ngx_stream_lua_module', 'ngx_http_perl_module', 'ngx_http_js_module', 'ngx_stream_js_module']);
/** Directives whose first argument defines a variable. */
const FIRST_ARG_DEFINES = new Set(['set', 'auth_request_set', 'perl_set', 'js_set', 'js_var', 'set_by_lua', 'set_by_lua_block', 'set_by_lua_file']);
/** Directives none of whose arguments nginx compiles as a string with variables. */
const NOT_SCRIPTS = new Set(['location', 'include', 'load_module', 'fastcgi_split_path_info', 'geoip2', 'env']);
/**
 * Directives whose values nginx compiles only when it merges them into a server's locations: in
 * an http block without any server, nginx never looks at their variables.
 */
const COMPILED_ON_MERGE = new Set(['proxy_set_header', 'proxy_set_body', 'grpc_set_header', 'fastcgi_param', 'scgi_param', 'uwsgi_param']);

function isRegexArgument(arg: Argument): boolean {
  return arg.kind === 'regex' || arg.value.startsWith('~');
}

/** The positions of a directive's arguments that name the variable it defines. */
const NONE: readonly number[] = [];
const FIRST: readonly number[] = [0];
const SECOND: readonly number[] = [1];

function definitionPositions(directive: Directive, module: string | undefined): readonly number[] {
  const n = directive.args.length;
  if (FIRST_ARG_DEFINES.has(directive.name) || (module === 'ngx_http_set_misc_module' && definedName(directive.args[0]))) return FIRST;
  switch (directive.name) {
    case 'map':
    case 'split_clients':
      return SECOND;
    case 'geo':
      return n > 0 ? [n - 1] : NONE;
    default:
      return NONE;
  }
}

/** A variable the configuration defines, and where. */
interface Definition {
  readonly name: string;
  readonly file: string;
  readonly span: Span;
  readonly subsystem: 'http' | 'stream' | undefined;
}

function subsystemOf(visit: DirectiveVisit): 'http' | 'stream' | undefined {
  const context = visit.context ?? '';
  if (context.startsWith('stream')) return 'stream';
  return context === '' || context === 'main' || context.startsWith('mail') || context.startsWith('rtmp') || context === 'events' ? undefined : 'http';
}

/** Every variable the configuration defines; nginx's variables are global, wherever they are set. */
function definitions(view: NginxConfigView): Definition[] {
  const found: Definition[] = [];
  const captures = (pattern: string, file: string, span: Span, subsystem: Definition['subsystem']): void => {
    for (const name of namedCaptures(pattern)) found.push({ name: name.toLowerCase(), file, span, subsystem });
  };
  for (const visit of view.visits) {
    const { directive } = visit;
    const subsystem = subsystemOf(visit);
    const module = moduleOf(view, visit);
    for (const position of definitionPositions(directive, module)) {
      const arg = directive.args[position];
      const name = definedName(arg);
      if (name && arg) found.push({ name: name.toLowerCase(), file: visit.file, span: arg.span, subsystem });
    }
    if (directive.name === 'geoip2' && directive.block) {
      // `geoip2 db.mmdb { $geoip2_country_code country iso_code; }`: each line defines one.
      for (const child of directive.block.children) {
        if (child.kind === 'directive' && child.name.startsWith('$')) found.push({ name: child.name.slice(1).toLowerCase(), file: visit.file, span: child.nameSpan, subsystem });
      }
    }
    if (CODE_MODULES.has(module ?? '')) continue;
    // `(?` is written the same raw or unquoted: test the raw text, which costs nothing to read.
    for (const arg of directive.args) if (arg.raw.includes('(?')) captures(arg.value, visit.file, arg.span, subsystem);
  }
  for (const { entry, file, owner } of view.entries) {
    if (owner.directive.name === 'map' && entry.name.startsWith('~')) captures(entry.name, file, entry.nameSpan, subsystemOf(owner));
  }
  return found;
}

/** The arguments whose `$` references nginx resolves when it reads the configuration. */
function scriptArguments(view: NginxConfigView, visit: DirectiveVisit, httpHasServers: boolean): readonly Argument[] {
  const { directive } = visit;
  if (!directive.args.some((a) => a.raw.includes('$')) || NOT_SCRIPTS.has(directive.name)) return [];
  if (!httpHasServers && visit.context === 'http' && COMPILED_ON_MERGE.has(directive.name)) return [];
  const module = moduleOf(view, visit);
  if (module === undefined || CODE_MODULES.has(module)) return [];
  const skip = definitionPositions(directive, module);
  return directive.args.filter((arg, i) => !skip.includes(i) && !isRegexArgument(arg));
}

/** A built-in variable of the subsystem that nginx does not let a configuration redefine. */
let fixedBuiltIns: Map<string, VariableFact> | undefined;

function fixedBuiltIn(name: string, subsystem: Definition['subsystem']): VariableFact | undefined {
  if (!fixedBuiltIns) {
    // `changeable`: nginx lets `set` override it; `input`: a module reads it, the configuration sets
    // it (e.g. `$memcached_key`). Both come from the knowledge extracted from the sources.
    type Flags = { readonly changeable?: boolean; readonly input?: boolean };
    fixedBuiltIns = new Map();
    for (const v of nginxKnowledge.allVariables()) {
      const flags = v as VariableFact & Flags;
      if (!v.prefix && v.moduleKind === 'core' && !flags.changeable && !flags.input) fixedBuiltIns.set(`${v.subsystem}\0${v.name}`, v);
    }
  }
  return fixedBuiltIns.get(`${subsystem}\0${name}`);
}

function redefinitions(defined: readonly Definition[]): CheckFinding[] {
  return defined.flatMap((d) => {
    const builtIn = d.subsystem && fixedBuiltIn(d.name, d.subsystem);
    if (!builtIn) return [];
    return [{ file: d.file, span: d.span, severity: 'error' as const, code: 'nginx/duplicate-variable', message: `the duplicate '$${d.name}' variable: '$${d.name}' is built into nginx (${builtIn.module}) and cannot be redefined; choose another name` }];
  });
}

/**
 * `$name` that is neither built in (nginx's and the Debian modules' variables, prefix families such
 * as `$http_*` included) nor defined anywhere in the configuration: nginx -t fails with
 * `unknown "name" variable`. Only a warning when no main configuration is in view. Defining a
 * built-in variable nginx keeps to itself (`set $uri …`, `(?<scheme>…)`) fails too.
 */
export const variableRule: CheckRule<NginxConfigView> = {
  codes: ['nginx/unknown-variable', 'nginx/duplicate-variable'],
  check(view, report) {
    const defined = definitions(view);
    for (const finding of redefinitions(defined)) report(finding);
    const names = new Set(defined.map((d) => d.name));
    const known = new Map<string, boolean>();
    const isKnown = (name: string): boolean => {
      const lower = name.toLowerCase();
      let result = known.get(lower);
      if (result === undefined) known.set(lower, (result = names.has(lower) || nginxKnowledge.variable(lower) !== undefined));
      return result;
    };
    let candidates: string[] | undefined;
    const suggest = (name: string): string | undefined => {
      candidates ??= [...names, ...nginxKnowledge.allVariables().filter((v) => !v.prefix).map((v) => v.name)];
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
    const httpHasServers = view.visits.some((v) => v.directive.name === 'server' && v.context === 'http');
    for (const visit of view.visits) check(visit, scriptArguments(view, visit, httpHasServers), visit.file);
    // Values of map entries are strings with variables too (keys are not).
    for (const { entry, file, owner } of view.entries) if (owner.directive.name === 'map' && entry.args.some((a) => a.raw.includes('$'))) check(owner, entry.args, file);
  },
};
