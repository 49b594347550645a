/**
 * The configuration nginx actually runs: one tree from the main file with every `include` replaced
 * by the statements of the files it names (in nginx's order: glob matches sorted), comments dropped,
 * argument values as nginx sees them. The request explainer reads only this tree.
 */
import type { ConfigRef } from '../../../analysis/explain/types';
import type { Argument, ConfigFile, Directive, Statement } from '../../../model/types';
import type { WorkspaceGraph } from '../../../workspace/includeGraph';

export interface ConfigNode {
  readonly name: string;
  /** Argument values as nginx sees them (quotes removed, escapes applied). */
  readonly args: readonly string[];
  readonly directive: Directive;
  /** The block body with includes expanded; undefined for a simple directive. */
  readonly children?: readonly ConfigNode[];
  /** Where it is written: file, 1-based line, the statement's head (`location ^~ /a`). */
  readonly at: ConfigRef;
}

export interface NginxConfigTree {
  readonly root: string;
  /** The main file's statements, includes expanded. */
  readonly main: readonly ConfigNode[];
  /** Includes that could not be followed (missing file, cycle, too deep): reported, not fatal here. */
  readonly unresolved: readonly ConfigRef[];
}

/** Deeper include chains than this are a cycle the graph did not catch, or hostile input. */
const MAX_INCLUDE_DEPTH = 32;

export function buildConfigTree(graph: WorkspaceGraph, root: string): NginxConfigTree {
  const targetsOf = new Map<Directive, readonly string[]>();
  for (const edge of graph.edges) targetsOf.set(edge.directive, edge.targets);
  const unresolved: ConfigRef[] = [];

  const readStatements = (file: ConfigFile, statements: readonly Statement[], stack: readonly string[], into: ConfigNode[]): void => {
    for (const statement of statements) {
      if (statement.kind !== 'directive') continue;
      if (statement.name === 'include' && !statement.isEntry) {
        const targets = targetsOf.get(statement);
        if (!targets || targets.length === 0 || stack.length >= MAX_INCLUDE_DEPTH) {
          unresolved.push(refOf(file, statement));
          continue;
        }
        for (const target of targets) {
          const included = graph.files.get(target);
          if (!included || stack.includes(target)) {
            unresolved.push(refOf(file, statement));
            continue;
          }
          readStatements(included, included.statements, [...stack, target], into);
        }
        continue;
      }
      into.push(nodeOf(file, statement, stack));
    }
  };

  const nodeOf = (file: ConfigFile, directive: Directive, stack: readonly string[]): ConfigNode => {
    const at = refOf(file, directive);
    const args = directive.args.map((a) => a.value);
    if (!directive.block) return { name: directive.name, args, directive, at };
    const children: ConfigNode[] = [];
    readStatements(file, directive.block.children, stack, children);
    return { name: directive.name, args, directive, children, at };
  };

  const rootFile = graph.files.get(root);
  const main: ConfigNode[] = [];
  if (rootFile) readStatements(rootFile, rootFile.statements, [root], main);
  return { root, main, unresolved };
}

function refOf(file: ConfigFile, directive: Directive): ConfigRef {
  return { file: file.path, line: directive.span.start.line + 1, text: headText(directive) };
}

/** The statement as written up to its block or `;`, on one line. */
function headText(directive: Directive): string {
  const parts = [directive.name, ...directive.args.map((a: Argument) => a.raw)];
  return parts.join(' ');
}
