/**
 * Typed access to the generated nginx knowledge (see scripts/knowledge/README.md): directive facts
 * from nginx's and Debian's module sources, documentation facts, and Switchyard's hover texts.
 */
import directivesData from './directives.json';
import variablesData from './variables.json';
import factsData from './facts.json';
import httpCoreDocs from './docs/http-core.json';
import backendDocs from './docs/backends-stream-mail-main.json';
import thirdPartyDocs from './docs/third-party.json';
import variableDocs from './docs/variables-nchan-rtmp.json';

/** Where a directive may appear, as the extractor names nginx's NGX_*_CONF flags. */
export type NginxContext =
  | 'main' | 'events' | 'http' | 'server' | 'location' | 'upstream' | 'if-in-server' | 'if-in-location' | 'limit_except'
  | 'stream' | 'stream-server' | 'stream-upstream' | 'mail' | 'mail-server'
  | 'rtmp' | 'rtmp-server' | 'rtmp-application' | 'rtmp-recorder' | 'any';

export interface ArgumentRule {
  readonly min: number;
  /** null: no upper bound. */
  readonly max: number | null;
  readonly flag?: boolean;
  readonly block?: boolean;
  /** Allowed counts when they are not a contiguous range (e.g. 1 or 3). */
  readonly counts?: readonly number[];
}

export interface DirectiveFact {
  readonly name: string;
  readonly module: string;
  readonly subsystem: string;
  /** core: built into Debian's nginx binary; dynamic: a libnginx-mod-* module; unbuilt: not in Debian. */
  readonly moduleKind: 'core' | 'dynamic' | 'unbuilt';
  readonly debianPackage?: string;
  readonly soFile?: string;
  readonly contexts: readonly NginxContext[];
  readonly args: ArgumentRule;
  readonly handler: string;
  readonly enumValues?: readonly string[];
  readonly bitmaskValues?: readonly string[];
  readonly bounds?: { readonly min?: number; readonly max?: number };
  readonly deprecated?: unknown;
}

export interface VariableFact {
  readonly name: string;
  /** A family like `http_` whose members are `$http_<anything>`. */
  readonly prefix: boolean;
  readonly module: string;
  readonly subsystem?: string;
  readonly moduleKind?: string;
}

export interface DocumentationFact {
  readonly name: string;
  readonly docModule: string;
  readonly syntax?: readonly string[];
  readonly default?: string | null;
  readonly contexts?: readonly string[];
  readonly since?: string;
  readonly url?: string;
}

/** Switchyard's own hover text for a directive or variable. */
export interface HoverDoc {
  readonly summary: string;
  readonly pitfall: string;
  readonly example: string;
}

type DocFile = { directives?: Record<string, HoverDoc>; variables?: Record<string, HoverDoc> };

const directives = directivesData as unknown as DirectiveFact[];
const variables = variablesData as unknown as VariableFact[];
const documentation = (factsData as unknown as { directives: DocumentationFact[] }).directives;
const docFiles = [httpCoreDocs, backendDocs, thirdPartyDocs, variableDocs] as DocFile[];

const byName = new Map<string, DirectiveFact[]>();
for (const d of directives) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);

const directiveDocs = new Map<string, HoverDoc>();
const variableDocsByName = new Map<string, HoverDoc>();
for (const file of docFiles) {
  for (const [key, doc] of Object.entries(file.directives ?? {})) directiveDocs.set(key, doc);
  for (const [key, doc] of Object.entries(file.variables ?? {})) variableDocsByName.set(key, doc);
}

const documentationByKey = new Map<string, DocumentationFact>();
for (const f of documentation) documentationByKey.set(`${f.docModule}:${f.name}`, f);

export const nginxKnowledge = {
  /** Every module's definition of a directive name (e.g. `server` in http, upstream, stream, mail). */
  directive(name: string): readonly DirectiveFact[] {
    return byName.get(name) ?? [];
  },
  allDirectives(): readonly DirectiveFact[] {
    return directives;
  },
  directiveNames(): IterableIterator<string> {
    return byName.keys();
  },
  documentation(fact: DirectiveFact): DocumentationFact | undefined {
    return documentationByKey.get(`${fact.module}:${fact.name}`);
  },
  hoverDoc(fact: DirectiveFact): HoverDoc | undefined {
    return directiveDocs.get(`${fact.module}:${fact.name}`);
  },
  /** A built-in variable by name (without `$`), including prefix families (`http_user_agent`). */
  variable(name: string): VariableFact | undefined {
    const exact = variables.find((v) => !v.prefix && v.name === name);
    return exact ?? variables.find((v) => v.prefix && name.startsWith(v.name) && name.length > v.name.length);
  },
  allVariables(): readonly VariableFact[] {
    return variables;
  },
  variableDoc(fact: VariableFact): HoverDoc | undefined {
    return variableDocsByName.get(fact.prefix ? `${fact.name}*` : fact.name);
  },
};
