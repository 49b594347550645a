import { closestName } from '../../../analysis/directiveChecks/closestName';
import type { Argument, Directive } from '../../../model/types';
import type { Span } from '../../../text/span';
import { nginxKnowledge, type NginxContext, type VariableFact } from '../knowledge';
import { factsOf, type Subsystem } from './configurationFacts';
import { moduleOf } from './resolveDirective';
import type { NginxRule, RuleOutput } from './ruleTypes';
import type { DirectiveVisit } from './visit';
import { definedName, namedCaptures, variableReferences } from './variableReferences';

/** Modules whose arguments are code in another language (Lua, Perl, JavaScript), not nginx strings. */
const CODE_MODULES = new Set(['ngx_http_lua_module', 'ngx_stream_lua_module', 'ngx_http_perl_module', 'ngx_http_js_module', 'ngx_stream_js_module']);
/** Directives whose first argument defines a variable. */
const FIRST_ARG_DEFINES = new Set(['set', 'auth_request_set', 'perl_set', 'js_set', 'js_var', 'set_by_lua', 'set_by_lua_block', 'set_by_lua_file']);
/** Directives none of whose arguments nginx compiles as a string with variables. */
const NOT_SCRIPTS = new Set(['location', 'include', 'load_module', 'fastcgi_split_path_info', 'geoip2', 'env', 'server_name']);
/**
 * Directives whose values nginx compiles only when it merges them into a server's locations: in
 * an http block without any server, nginx never looks at their variables.
 */
const COMPILED_ON_MERGE = new Set(['proxy_set_header', 'proxy_set_body', 'grpc_set_header', 'fastcgi_param', 'scgi_param', 'uwsgi_param']);

function isRegexArgument(arg: Argument): boolean {
  return arg.kind === 'regex' || arg.value.startsWith('~');
}

/**
 * The arguments whose named groups become variables: those nginx compiles as regular expressions.
 * A `location` or `server_name` argument is one only when marked with `~`; anywhere else any
 * argument with a named group is taken as one.
 */
function capturingArguments(directive: Directive): readonly Argument[] {
  const args = directive.args;
  if (directive.name === 'location') {
    const modifier = args[0]?.value;
    if (args.length >= 2) return modifier === '~' || modifier === '~*' ? args.slice(1) : [];
    return modifier?.startsWith('~') ? args : [];
  }
  if (directive.name === 'server_name') return args.filter((a) => a.value.startsWith('~'));
  return args;
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

function subsystemOf(context: NginxContext | undefined): Subsystem {
  const name = context ?? '';
  if (name.startsWith('stream')) return 'stream';
  return name === '' || name === 'main' || name.startsWith('mail') || name.startsWith('rtmp') || name === 'events' ? undefined : 'http';
}

/**
 * Notes a variable the configuration defines — nginx's variables are global, wherever they are
 * set — and reports it when it redefines a built-in one nginx keeps to itself.
 */
function define(name: string, file: string, span: Span, subsystem: Subsystem, inEntry: boolean, out: RuleOutput): void {
  const lower = name.toLowerCase();
  out.fact({ kind: 'variable-definition', name: lower, inEntry });
  const builtIn = subsystem && fixedBuiltIn(lower, subsystem);
  if (builtIn) {
    out.report({ file, span, severity: 'error', code: 'nginx/duplicate-variable', message: `the duplicate '$${lower}' variable: '$${lower}' is built into nginx (${builtIn.module}) and cannot be redefined; choose another name` });
  }
}

/** Notes the `$name`s of some arguments that no built-in variable answers: a definition elsewhere must. */
function use(args: readonly Argument[], file: string, complete: boolean, onlyWithServers: boolean, inEntry: boolean, out: RuleOutput): void {
  for (const arg of args) {
    for (const ref of variableReferences(arg)) {
      if (nginxKnowledge.variable(ref.name.toLowerCase()) === undefined) out.fact({ kind: 'variable-use', name: ref.name, file, span: ref.span, complete, onlyWithServers, inEntry });
    }
  }
}

/** The arguments whose `$` references nginx resolves when it reads the configuration. */
function scriptArguments(visit: DirectiveVisit, module: string | undefined): readonly Argument[] {
  const { directive } = visit;
  if (!directive.args.some((a) => a.raw.includes('$')) || NOT_SCRIPTS.has(directive.name)) return [];
  if (module === undefined || CODE_MODULES.has(module)) return [];
  const skip = definitionPositions(directive, module);
  return directive.args.filter((arg, i) => !skip.includes(i) && !isRegexArgument(arg));
}

/** A built-in variable of the subsystem that nginx does not let a configuration redefine. */
let fixedBuiltIns: Map<string, VariableFact> | undefined;

function fixedBuiltIn(name: string, subsystem: 'http' | 'stream'): VariableFact | undefined {
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

/**
 * `$name` that is neither built in (nginx's and the Debian modules' variables, prefix families such
 * as `$http_*` included) nor defined anywhere in the configuration: nginx -t fails with
 * `unknown "name" variable`. Only a warning when no main configuration is in view. Defining a
 * built-in variable nginx keeps to itself (`set $uri …`, `(?<scheme>…)`) fails too.
 */
export const variableRule: NginxRule = {
  codes: ['nginx/unknown-variable', 'nginx/duplicate-variable'],
  directive(visit, out) {
    const { directive, file } = visit;
    const subsystem = subsystemOf(visit.context);
    const module = moduleOf(visit);
    for (const position of definitionPositions(directive, module)) {
      const arg = directive.args[position];
      const name = definedName(arg);
      if (name && arg) define(name, file, arg.span, subsystem, false, out);
    }
    if (directive.name === 'geoip2' && directive.block) {
      // `geoip2 db.mmdb { $geoip2_country_code country iso_code; }`: each line defines one.
      for (const child of directive.block.children) {
        if (child.kind === 'directive' && child.name.startsWith('$')) define(child.name.slice(1), file, child.nameSpan, subsystem, false, out);
      }
    }
    if (!CODE_MODULES.has(module ?? '')) {
      // `(?` is written the same raw or unquoted: test the raw text, which costs nothing to read.
      for (const arg of capturingArguments(directive)) if (arg.raw.includes('(?')) for (const name of namedCaptures(arg.value)) define(name, file, arg.span, subsystem, false, out);
    }
    if (directive.name === 'server' && visit.context === 'http') out.fact({ kind: 'http-server-present' });
    use(scriptArguments(visit, module), file, visit.start.complete, visit.context === 'http' && COMPILED_ON_MERGE.has(directive.name), false, out);
  },
  entry({ entry, owner, situation }, out) {
    if (owner !== 'map') return;
    if (entry.name.startsWith('~')) for (const name of namedCaptures(entry.name)) define(name, situation.file, entry.nameSpan, subsystemOf(situation.context), true, out);
    // Values of map entries are strings with variables too (keys are not).
    if (entry.args.some((a) => a.raw.includes('$'))) use(entry.args, situation.file, situation.start.complete, false, true, out);
  },
  configuration(facts, report) {
    const definitions = factsOf(facts, 'variable-definition');
    // Directives' definitions first, as nginx's suggestions list them.
    const names = new Set([...definitions.filter((d) => !d.inEntry), ...definitions.filter((d) => d.inEntry)].map((d) => d.name));
    const httpHasServers = facts.some((f) => f.kind === 'http-server-present');
    let candidates: string[] | undefined;
    const suggest = (name: string): string | undefined => {
      candidates ??= [...names, ...nginxKnowledge.allVariables().filter((v) => !v.prefix).map((v) => v.name)];
      return closestName(name, candidates);
    };
    const uses = factsOf(facts, 'variable-use');
    for (const ref of [...uses.filter((u) => !u.inEntry), ...uses.filter((u) => u.inEntry)]) {
      if (names.has(ref.name.toLowerCase()) || (ref.onlyWithServers && !httpHasServers)) continue;
      const suggestion = suggest(ref.name);
      report({
        file: ref.file,
        span: ref.span,
        severity: ref.complete ? 'error' : 'warning',
        code: 'nginx/unknown-variable',
        message: `unknown variable '$${ref.name}': not built in, and nothing in the configuration defines it (set, map, geo, a named regex capture …)` + (suggestion ? `; did you mean '$${suggestion}'?` : ''),
        suggestion,
      });
    }
  },
};
