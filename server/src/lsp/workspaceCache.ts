import type { ConfigFile, Directive, Statement } from '../core/model/types';
import { blockOf } from '../core/model/walk';
import type { ConfigSource } from '../core/workspace/configSource';
import type { FileWorkspace } from '../core/workspace/rootDiscovery';
import type { WorkspaceGraph } from '../core/workspace/includeGraph';

/**
 * The file system's answers to "is this a file" and "what is in this folder", remembered until
 * something may have changed them (the session forgets them at every document or file event).
 * Include resolution asks the same questions many times over: a config with a few hundred
 * `include proxy_params;` lines would otherwise stat the same missing file a few hundred times
 * per keystroke. Texts are not remembered here: they are parsed once into the disk cache.
 */
export class RememberedDisk implements ConfigSource {
  private readonly files = new Map<string, boolean>();
  private readonly folders = new Map<string, readonly string[] | undefined>();

  constructor(private readonly disk: ConfigSource) {}

  readText(filePath: string): string | undefined {
    return this.disk.readText(filePath);
  }

  isFile(filePath: string): boolean {
    let answer = this.files.get(filePath);
    if (answer === undefined) {
      answer = this.disk.isFile(filePath);
      this.files.set(filePath, answer);
    }
    return answer;
  }

  listFolder(folder: string): readonly string[] | undefined {
    if (this.folders.has(folder)) return this.folders.get(folder);
    const entries = this.disk.listFolder(folder);
    this.folders.set(folder, entries);
    return entries;
  }

  forget(): void {
    this.files.clear();
    this.folders.clear();
  }
}

/** A source that notes every file and folder question and its answer (texts go through the loader). */
class RecordingSource implements ConfigSource {
  /** `f` + path → is a file; `d` + path → folder entries joined (or undefined). */
  readonly answers = new Map<string, boolean | string | undefined>();

  constructor(private readonly source: ConfigSource) {}

  readText(filePath: string): string | undefined {
    return this.source.readText(filePath);
  }

  isFile(filePath: string): boolean {
    const answer = this.source.isFile(filePath);
    this.answers.set('f' + filePath, answer);
    return answer;
  }

  listFolder(folder: string): readonly string[] | undefined {
    const entries = this.source.listFolder(folder);
    this.answers.set('d' + folder, entries?.join('\0'));
    return entries;
  }
}

/** Whether `source` still answers every recorded question the same way. */
function sameAnswers(answers: ReadonlyMap<string, boolean | string | undefined>, source: ConfigSource): boolean {
  for (const [question, answer] of answers) {
    const at = question.slice(1);
    const now = question[0] === 'f' ? source.isFile(at) : source.listFolder(at)?.join('\0');
    if (now !== answer) return false;
  }
  return true;
}

const includeIds = new WeakMap<Directive, number>();
let nextIncludeId = 1;
const blockSignatures = new WeakMap<Statement, string>();

/** One line per include site: its enclosing block names, which directive object it is, its arguments. */
function statementSignature(statement: Statement): string {
  if (statement.kind === 'directive' && (statement.name === 'include' || statement.name === 'import')) {
    let id = includeIds.get(statement);
    if (id === undefined) includeIds.set(statement, (id = nextIncludeId++));
    return `\n#${id} ${statement.args.map((a) => a.value).join(' ')}`;
  }
  const block = blockOf(statement);
  if (!block) return '';
  const memo = blockSignatures.get(statement);
  if (memo !== undefined) return memo;
  let inner = '';
  for (const child of block.children) inner += statementSignature(child);
  const name = statement.kind === 'directive' ? statement.name : statement.kind;
  let signature = inner ? inner.split('\n').join(`\n${name}/`) : '';
  if (statement.kind === 'snippet') signature = `\n(${statement.name})${signature}`;
  blockSignatures.set(statement, signature);
  return signature;
}

/**
 * What of a model the include graph reads: the include/import directives (as objects — the graph
 * keeps them, and an unchanged one is the same object from one version to the next), their
 * arguments, the names of the blocks around them, and Caddy snippet names. Memoised per block
 * statement, so after a keystroke only the statements the edit rebuilt are looked into.
 */
export function includeSignature(file: ConfigFile): string {
  let signature = '';
  for (const statement of file.statements) signature += statementSignature(statement);
  return signature;
}

interface CachedWorkspace {
  /** Settings and the set of open documents the workspace was built under. */
  readonly key: string;
  readonly answers: ReadonlyMap<string, boolean | string | undefined>;
  /** Include signatures of the open documents in the graph, by path. */
  readonly openSignatures: ReadonlyMap<string, string>;
  workspace: FileWorkspace;
}

/** The models of open documents, by path, as they are now. */
export type OpenModels = (filePath: string) => ConfigFile | undefined;

/**
 * Workspaces (root discovery + include graph) per document, kept while nothing they were built
 * from changed: the same settings and open documents, the same file-system answers, and the same
 * include signatures of the open documents in the graph. Typing in a document thus costs a check
 * of its include sites (and of the few file-system answers), not a new graph.
 */
export class WorkspaceCache {
  private readonly entries = new Map<string, CachedWorkspace>();

  /** The workspace of `filePath`; `build` builds it afresh through the source it is given. */
  get(filePath: string, key: string, source: ConfigSource, open: OpenModels, build: (source: ConfigSource) => FileWorkspace): FileWorkspace {
    const cached = this.entries.get(filePath);
    if (cached && cached.key === key && this.stillHolds(cached, source, open)) {
      cached.workspace = withCurrentModels(cached.workspace, open);
      return cached.workspace;
    }
    const recording = new RecordingSource(source);
    const workspace = build(recording);
    const openSignatures = new Map<string, string>();
    for (const [p, file] of workspace.graph.files) if (open(p) === file) openSignatures.set(p, includeSignature(file));
    this.entries.set(filePath, { key, answers: recording.answers, openSignatures, workspace });
    return workspace;
  }

  forget(filePath?: string): void {
    if (filePath === undefined) this.entries.clear();
    else this.entries.delete(filePath);
  }

  private stillHolds(cached: CachedWorkspace, source: ConfigSource, open: OpenModels): boolean {
    for (const [p, signature] of cached.openSignatures) {
      const file = open(p);
      if (!file || includeSignature(file) !== signature) return false;
    }
    return sameAnswers(cached.answers, source);
  }
}

/** The workspace with the open documents' current models in its graph (a new object if any changed). */
function withCurrentModels(workspace: FileWorkspace, open: OpenModels): FileWorkspace {
  let files: Map<string, ConfigFile> | undefined;
  for (const [p, file] of workspace.graph.files) {
    const current = open(p);
    if (current && current !== file) {
      files ??= new Map(workspace.graph.files);
      files.set(p, current);
    }
  }
  if (!files) return workspace;
  const graph: WorkspaceGraph = { ...workspace.graph, files };
  return { ...workspace, graph };
}
