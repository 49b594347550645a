import * as path from 'node:path';
import type { DialectPack, IncludeReference } from '../dialects/pack';
import type { ConfigFile, Directive, Finding, Statement } from '../model/types';
import { walkStatements } from '../model/walk';
import type { ConfigSource } from './configSource';
import { expandGlob, hasGlob } from './glob';

/** One include/import as resolved: which files (or which snippet) it brings in. */
export interface IncludeEdge {
  readonly from: string;
  readonly directive: Directive;
  readonly pattern: string;
  readonly targets: readonly string[];
  /** Caddy: the import names a snippet, not a file. */
  readonly snippet?: string;
  /** Names of the blocks around the include, outermost first (e.g. ['http', 'server']). */
  readonly enclosing: readonly string[];
}

export interface WorkspaceGraph {
  readonly files: ReadonlyMap<string, ConfigFile>;
  readonly edges: readonly IncludeEdge[];
  /** Missing targets and cycles, reported at the include directive. */
  readonly findings: readonly Finding[];
  /** For each file reached through includes, the edges that bring it in. */
  readonly includedBy: ReadonlyMap<string, readonly IncludeEdge[]>;
}

/** Parses one file; undefined when it cannot be read. */
export type ConfigLoader = (filePath: string) => ConfigFile | undefined;

function enclosingNames(ancestors: readonly Statement[]): string[] {
  return ancestors.map((a) => (a.kind === 'directive' ? a.name : a.kind));
}

function ancestorsByDirective(file: ConfigFile): Map<Directive, string[]> {
  const map = new Map<Directive, string[]>();
  walkStatements(file.statements, (s, ancestors) => {
    if (s.kind === 'directive' && (s.name === 'include' || s.name === 'import')) map.set(s, enclosingNames(ancestors));
  });
  return map;
}

/** Caddy snippets are top-level blocks, so a file's are found without walking into it. */
function addSnippetNames(file: ConfigFile, names: Set<string>): void {
  for (const s of file.statements) if (s.kind === 'snippet') names.add(s.name);
}

/**
 * Follows includes from the root files: resolves paths and globs, reads each file once,
 * reports missing targets and cycles (a cycle is reported where it closes and not followed).
 */
export function buildWorkspaceGraph(roots: readonly string[], pack: DialectPack, load: ConfigLoader, source: ConfigSource): WorkspaceGraph {
  const files = new Map<string, ConfigFile>();
  const edges: IncludeEdge[] = [];
  const findings: Finding[] = [];
  const includedBy = new Map<string, IncludeEdge[]>();
  const reportedCycles = new Set<string>();
  // Snippets of every file read so far: an import names a snippet only once it is defined.
  const snippets = new Set<string>();

  const loadOnce = (filePath: string): ConfigFile | undefined => {
    if (!files.has(filePath)) {
      const file = load(filePath);
      if (!file) return undefined;
      files.set(filePath, file);
      addSnippetNames(file, snippets);
    }
    return files.get(filePath);
  };

  const visit = (filePath: string, rootPath: string, stack: string[]): void => {
    const file = loadOnce(filePath);
    if (!file) return;
    const references = pack.includeReferences(file);
    if (references.length === 0) return;
    const enclosing = ancestorsByDirective(file);
    for (const ref of references) {
      const edge = resolveReference(ref, file, rootPath, enclosing.get(ref.directive) ?? [], snippets);
      edges.push(edge);
      if (edge.snippet) continue;
      if (edge.targets.length === 0) {
        findings.push(missingTarget(ref, file));
        continue;
      }
      for (const target of edge.targets) {
        const list = includedBy.get(target) ?? [];
        list.push(edge);
        includedBy.set(target, list);
        const cycleStart = stack.indexOf(target);
        if (cycleStart !== -1 || target === filePath) {
          const cycle = [...stack.slice(cycleStart === -1 ? stack.length - 1 : cycleStart), target];
          const key = `${filePath}\0${target}`;
          if (!reportedCycles.has(key)) {
            reportedCycles.add(key);
            findings.push({
              file: file.path,
              span: ref.directive.span,
              severity: 'error',
              code: `${pack.dialect}/include-cycle`,
              message: `include cycle: ${cycle.map((p) => path.basename(p)).join(' → ')}; not followed`,
            });
          }
          continue;
        }
        if (!source.isFile(target)) continue;
        stack.push(target);
        visit(target, rootPath, stack);
        stack.pop();
      }
    }
  };

  const resolveReference = (ref: IncludeReference, file: ConfigFile, rootPath: string, enclosingNamesList: string[], snippets: Set<string>): IncludeEdge => {
    const base = { from: file.path, directive: ref.directive, pattern: ref.pattern, enclosing: enclosingNamesList };
    if (pack.isSnippetReference(ref.pattern, snippets)) return { ...base, targets: [], snippet: ref.pattern };
    const folders = path.isAbsolute(ref.pattern) ? [''] : pack.includeBase(rootPath, file.path);
    for (const folder of folders) {
      const absolute = path.resolve(folder, ref.pattern);
      const targets = hasGlob(ref.pattern) ? expandGlob(absolute, source) : source.isFile(absolute) ? [absolute] : [];
      if (targets.length > 0) return { ...base, targets };
    }
    return { ...base, targets: [] };
  };

  const missingTarget = (ref: IncludeReference, file: ConfigFile): Finding => {
    const glob = hasGlob(ref.pattern);
    const what = pack.dialect === 'nginx' ? 'include' : 'import';
    return {
      file: file.path,
      span: ref.directive.args[0]?.span ?? ref.directive.span,
      // nginx accepts a glob that matches nothing; a plain path that is missing is fatal.
      severity: glob ? 'information' : 'error',
      code: `${pack.dialect}/include-not-found`,
      message: glob ? `${what} '${ref.pattern}' matches no files` : `${what} target not found: '${ref.pattern}'`,
    };
  };

  for (const root of roots) visit(root, root, [root]);
  return { files, edges, findings, includedBy };
}

/** The files in `candidates` that no other candidate includes: where checking starts. */
export function rootsAmong(candidates: readonly string[], graphOf: (roots: readonly string[]) => WorkspaceGraph): string[] {
  const graph = graphOf(candidates);
  const included = new Set<string>();
  for (const edge of graph.edges) for (const t of edge.targets) if (t !== edge.from) included.add(t);
  const roots = candidates.filter((c) => !included.has(c));
  return roots.length > 0 ? roots : [...candidates];
}
