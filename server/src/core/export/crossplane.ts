import type { Directive, Finding, Statement } from '../model/types';
import type { WorkspaceGraph } from '../workspace/includeGraph';

/** crossplane's JSON shape (NGINX's interchange format for parsed configs). */
export interface CrossplaneDirective {
  directive: string;
  line: number;
  args: string[];
  includes?: number[];
  block?: CrossplaneDirective[];
  comment?: string;
}

export interface CrossplaneError {
  error: string;
  line: number | null;
  file?: string;
}

export interface CrossplaneFile {
  file: string;
  status: 'ok' | 'failed';
  errors: CrossplaneError[];
  parsed: CrossplaneDirective[];
}

export interface CrossplanePayload {
  status: 'ok' | 'failed';
  errors: CrossplaneError[];
  config: CrossplaneFile[];
}

function toCrossplaneError(finding: Finding): CrossplaneError {
  return { error: `${finding.message} in ${finding.file}:${finding.span.start.line + 1}`, line: finding.span.start.line + 1, file: finding.file };
}

/**
 * Converts a workspace graph into crossplane's payload: one entry per file in include order,
 * `includes` listing the indexes of the files an include brought in.
 */
export function toCrossplane(rootPath: string, graph: WorkspaceGraph, options: { comments: boolean }): CrossplanePayload {
  const order: string[] = [rootPath];
  const indexOf = (file: string): number => {
    let i = order.indexOf(file);
    if (i === -1) i = order.push(file) - 1;
    return i;
  };
  const edgeFor = new Map(graph.edges.map((e) => [e.directive, e]));
  const config: CrossplaneFile[] = [];
  for (let i = 0; i < order.length; i++) {
    const file = graph.files.get(order[i]);
    if (!file) continue;
    const convert = (statements: readonly Statement[]): CrossplaneDirective[] => {
      const out: CrossplaneDirective[] = [];
      for (const s of statements) {
        if (s.kind === 'comment') {
          if (options.comments) out.push({ directive: '#', line: s.span.start.line + 1, args: [], comment: s.text.replace(/^#/, '') });
          continue;
        }
        if (s.kind !== 'directive') continue;
        out.push(convertDirective(s, convert, edgeFor.get(s)?.targets.map(indexOf)));
      }
      return out;
    };
    const errors = [...file.syntaxFindings, ...graph.findings.filter((f) => f.file === file.path && f.severity === 'error')].map(toCrossplaneError);
    config.push({ file: file.path, status: errors.length ? 'failed' : 'ok', errors, parsed: convert(file.statements) });
  }
  const errors = config.flatMap((c) => c.errors);
  return { status: errors.length ? 'failed' : 'ok', errors, config };
}

function convertDirective(d: Directive, convert: (s: readonly Statement[]) => CrossplaneDirective[], includes: number[] | undefined): CrossplaneDirective {
  const entry: CrossplaneDirective = { directive: d.name, line: d.span.start.line + 1, args: d.args.map((a) => a.value) };
  if (d.rawBody) entry.args.push(d.rawBody.text);
  if (includes) entry.includes = includes;
  if (d.block) entry.block = convert(d.block.children);
  return entry;
}
