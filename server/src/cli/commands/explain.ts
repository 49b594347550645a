import type { CliIo } from '../main';
import type { ParsedArgs } from '../args';
import { UsageError } from '../args';
import { resolveInputs } from './inputs';
import { loadFastestParsers, type ParserSet } from '../../core/parse/parserHost';
import { configLoader } from '../../core/workspace/loadConfigs';
import { buildWorkspaceGraph, type WorkspaceGraph } from '../../core/workspace/includeGraph';
import { workspaceOf } from '../../core/workspace/rootDiscovery';
import type { DialectPack } from '../../core/dialects/pack';
import { fileSystemSource } from '../../node/fileSource';
import { fileSystemProbe } from '../../node/fileProbe';
import { MachineFactError, machineFacts } from '../../node/machineFacts';
import type { PreparedConfiguration } from '../../core/analysis/explain';
import type { FileAssumption, FileProbe } from '../../core/analysis/explain/types';
import { FILE_ASSUMPTIONS, RequestSpecError, requestFromBatchLine, requestFromUrl, type RequestOptions } from '../../core/analysis/explain/requestSpec';
import { explanationMarkdown } from '../../core/analysis/explain/markdown';

export const EXPLAIN_HELP = `Usage: switchyard explain CONFIG URL [options]
       switchyard explain CONFIG --batch [--files exist|missing|fs]

Explains what nginx does with one request: the listening socket, the server and location chosen
(and why), rewrites, returns, try_files, error pages, the handler, the URI sent upstream, the
predicted response and the configuration in force. CONFIG is the main configuration (like nginx -c);
its includes are read. Given a file that is only a part of one (a sites-enabled file), the
nginx.conf that includes it is used, as in the editor.

URL is http://ADDRESS:PORT/target (or https://): ADDRESS and PORT are where the request arrives,
and the target is sent exactly as written after the address — '//a/../b?x' stays that, nothing is
normalised. IPv6 goes in brackets (http://[::1]:8080/). A host name instead of an address stands
for 127.0.0.1. Characters above ASCII are sent as their UTF-8 bytes.

  --host H             the Host header (default: the URL's ADDRESS:PORT as written); '' sends it empty
  --no-host            send no Host header
  --method M           the method, as sent (default GET)
  -H, --header 'Name: value'
                       another header (repeatable); -H 'Host: x' is the same as --host x
  --http10             send HTTP/1.0 (default HTTP/1.1)
  --addr IP            the client's address, $remote_addr (default 127.0.0.1)
  --files exist|missing|fs
                       whether try_files, index and static files find their file: assume they
                       exist, assume they are missing, or look on this machine (default fs)
  --json               print the explanation as JSON (schema: docs/explain-schema.md)
  --batch              read one JSON request per line from standard input, e.g.
                       {"url": "http://127.0.0.1:8080//a/../b?x", "host": "ex.test" | null,
                        "method": "GET", "version": "HTTP/1.1", "headers": [["X-A", "1"]],
                        "addr": "127.0.0.1", "files": "missing"}   (only "url" is required)
                       and write one JSON explanation per line, in order; a bad line gets
                       {"error": "…"} and the rest go on. The configuration is read once.
  --prefix DIR         nginx's -p prefix, for relative root/alias and the default root html
                       (default: Debian's /usr/share/nginx/)
  --hostname NAME      the server machine's name, $hostname (default: this machine's)
  --hosts-file FILE    resolve names in listen/proxy_pass/upstream with this hosts file
                       (default: a stock Debian /etc/hosts, where localhost is ::1 then 127.0.0.1)
  --dialect nginx      force the dialect (only nginx has an explainer so far)

Exit codes: 0 explained (batch: every line), 1 some batch lines were bad, 2 unusable input.`;

export const EXPLAIN_OPTIONS = {
  valued: new Set(['--host', '--method', '--addr', '--files', '--dialect', '--prefix', '--hostname', '--hosts-file']),
  flags: new Set(['--no-host', '--json', '--http10', '--batch']),
  repeated: new Set(['-H', '--header']),
};

/** `Name: value` as curl takes it: the name up to the first colon, the value without surrounding blanks. */
function headerFromArgument(argument: string): readonly [string, string] {
  const colon = argument.indexOf(':');
  if (colon <= 0) throw new UsageError(`-H needs 'Name: value', not '${argument}'`);
  return [argument.slice(0, colon), argument.slice(colon + 1).trim()];
}

function fileAssumption(value: string | true | undefined): FileAssumption | undefined {
  if (value === undefined) return undefined;
  const found = FILE_ASSUMPTIONS.find((f) => f === value);
  if (!found) throw new UsageError(`--files must be exist, missing or fs`);
  return found;
}

function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** The request options the command line gives (for batch mode: only --files, as the lines' default). */
function requestOptions(args: ParsedArgs): RequestOptions {
  if (args.options.has('--host') && args.options.has('--no-host')) throw new UsageError('--host and --no-host contradict each other');
  const headers = [...(args.lists.get('-H') ?? []), ...(args.lists.get('--header') ?? [])].map(headerFromArgument);
  const host = args.options.has('--no-host') ? null : stringOption(args, '--host');
  return {
    ...(host !== undefined ? { host } : {}),
    ...(args.options.has('--method') ? { method: stringOption(args, '--method') } : {}),
    ...(args.options.has('--http10') ? { version: 'HTTP/1.0' as const } : {}),
    ...(headers.length ? { headers } : {}),
    ...(args.options.has('--addr') ? { clientAddress: stringOption(args, '--addr') } : {}),
    ...(args.options.has('--files') ? { files: fileAssumption(args.options.get('--files')) } : {}),
  };
}

/**
 * One output line per input line, in order: the explanation's JSON, or `{"error": …}` for a line
 * that is not a usable request (or that the explainer failed on), so a caller can pair them up.
 * The bench measures batch throughput through this function.
 */
export function explainBatchLines(prepared: PreparedConfiguration, lines: readonly string[], defaults: RequestOptions, probe: FileProbe): { output: string[]; errors: number } {
  const output: string[] = [];
  let errors = 0;
  for (const line of lines) {
    try {
      if (line.trim() === '') throw new RequestSpecError('empty line');
      output.push(JSON.stringify(prepared.explain(requestFromBatchLine(line, defaults), probe)));
    } catch (error) {
      errors++;
      const message = error instanceof RequestSpecError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
      output.push(JSON.stringify({ error: message }));
    }
  }
  return { output, errors };
}

/**
 * Answers the lines as they come: every complete line in a chunk of input is answered before the
 * next chunk is read, so a caller may also talk to it one request at a time over a pipe.
 */
async function runBatch(prepared: PreparedConfiguration, input: AsyncIterable<string>, defaults: RequestOptions, io: CliIo): Promise<number> {
  let pending = '';
  let errors = 0;
  const answer = (lines: string[]): void => {
    if (lines.length === 0) return;
    const result = explainBatchLines(prepared, lines.map((l) => l.replace(/\r$/, '')), defaults, fileSystemProbe);
    errors += result.errors;
    io.out(result.output.join('\n'));
  };
  for await (const chunk of input) {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    answer(lines);
  }
  if (pending !== '') answer([pending]);
  return errors > 0 ? 1 : 0;
}

/**
 * CONFIG is normally the main configuration. A file that is only a part of one (no top-level
 * `http` or `include`, like a sites-enabled file) is explained under the `nginx.conf` that includes
 * it, found as the editor finds it; failing that, on its own.
 */
function mainConfiguration(file: string, pack: DialectPack, parsers: ParserSet): { root: string; graph: WorkspaceGraph } {
  const load = configLoader(parsers, pack, fileSystemSource);
  const graph = buildWorkspaceGraph([file], pack, load, fileSystemSource);
  const topLevel = graph.files.get(file)?.statements ?? [];
  if (topLevel.some((s) => s.kind === 'directive' && (s.name === 'http' || s.name === 'include'))) return { root: file, graph };
  const workspace = workspaceOf(file, pack, load, fileSystemSource);
  const [root] = workspace.roots;
  return root && root !== file ? { root, graph: workspace.graph } : { root: file, graph };
}

/** What may make the answers incomplete, said once on stderr (stdout stays the explanation). */
function reportNotes(prepared: PreparedConfiguration, syntaxErrors: number, io: CliIo): void {
  if (syntaxErrors > 0) io.err(`switchyard explain: note: the configuration has ${syntaxErrors} syntax error(s) (see switchyard check); the explanation reads what parsed`);
  for (const note of prepared.notes) io.err(`switchyard explain: note: ${note}`);
}

export async function runExplain(args: ParsedArgs, io: CliIo): Promise<number> {
  const batch = args.options.has('--batch');
  const [configPath, url, ...extra] = args.positional;
  if (!configPath) throw new UsageError('no CONFIG given');
  if (batch && url !== undefined) throw new UsageError('--batch reads the requests from standard input: give only CONFIG');
  if (!batch && url === undefined) throw new UsageError('no URL given (or --batch)');
  if (extra.length > 0) throw new UsageError(`unexpected '${extra[0]}': give one CONFIG and one URL`);
  const options = requestOptions(args);
  if (batch && Object.keys(options).some((key) => key !== 'files')) throw new UsageError('with --batch, each line gives its own request; only --files applies to all');

  // A bad URL is a usage mistake, reported before the configuration is read.
  let request;
  try {
    request = url === undefined ? undefined : requestFromUrl(url, options);
  } catch (error) {
    if (error instanceof RequestSpecError) throw new UsageError(error.message);
    throw error;
  }

  const [{ file, pack }] = resolveInputs([configPath], args.options.get('--dialect'));
  if (!pack.requestExplainer) {
    const dialect = pack.dialect === 'caddy' ? 'Caddyfiles' : `${pack.dialect} configurations`;
    io.err(`switchyard explain: ${file}: ${dialect} have no request explainer yet (nginx configurations do)`);
    return 2;
  }
  const { root, graph } = mainConfiguration(file, pack, await loadFastestParsers());
  if (root !== file) io.err(`switchyard explain: note: ${file} is included by ${root}; explaining under that main configuration`);
  let facts;
  try {
    facts = machineFacts({ prefix: stringOption(args, '--prefix'), hostname: stringOption(args, '--hostname'), hostsFile: stringOption(args, '--hosts-file') });
  } catch (error) {
    if (error instanceof MachineFactError) throw new UsageError(error.message);
    throw error;
  }
  const prepared = pack.requestExplainer.prepare(graph, root, facts);
  const syntaxErrors = [...graph.files.values()].reduce((n, f) => n + f.syntaxFindings.filter((s) => s.severity === 'error').length, 0);
  reportNotes(prepared, syntaxErrors, io);

  if (!request) {
    if (!io.input) throw new UsageError('--batch needs standard input');
    return runBatch(prepared, io.input, options, io);
  }
  const explanation = prepared.explain(request, fileSystemProbe);
  io.out(args.options.has('--json') ? JSON.stringify(explanation, null, 2) : explanationMarkdown(explanation, { baseFolder: process.cwd() }).trimEnd());
  return 0;
}
