/**
 * `try_files` (ngx_http_try_files_module, the precontent phase): each parameter but the last is a
 * file (or a directory when it ends in '/') under root/alias; the first that exists becomes the
 * URI; otherwise the last parameter decides: `=code`, a named location, or a URI to redirect to
 * internally. try_files is not inherited: only the block in force's own directive counts.
 */
import type { ExplainStep, FileAssumption, FileProbe } from '../../../analysis/explain/types';
import type { ConfigNode } from './configTree';
import { ownDirectivesNamed } from './configIndex';
import { requestPathInput } from './lifecycleConfig';
import { mapUriToPath } from './staticFiles';
import { expandValue, parseTemplate, type RequestState } from './variables';

export type TryFilesOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly uri: string; /** r->add_uri_to_alias: a regex alias maps this URI as alias + URI. */ readonly addUriToAlias?: boolean }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'redirect'; readonly uri: string; readonly args: string }
  | { readonly kind: 'error'; readonly status: 500; readonly reason: string }
  | { readonly kind: 'undecided'; readonly reason: string };

export function tryFilesDirective(chain: readonly ConfigNode[]): ConfigNode | undefined {
  const block = chain[chain.length - 1];
  return block ? ownDirectivesNamed(block, 'try_files')?.[0] : undefined;
}

export function runTryFiles(node: ConfigNode, state: RequestState, files: FileAssumption, probe: FileProbe | undefined, steps: ExplainStep[]): TryFilesOutcome {
  const params = node.args;
  if (params.length < 2) return { kind: 'none' };
  for (let i = 0; i < params.length; i++) {
    const isLast = i === params.length - 1;
    let source = params[i];
    const testDir = !isLast && source.length > 0 && source.endsWith('/');
    if (testDir) source = source.slice(0, -1);
    const mapped = mapUriToPath(requestPathInput(state));
    if (mapped.kind === 'error') return { kind: 'error', status: 500, reason: mapped.reason };
    const hasVariables = !parseTemplate(source).isConstant;
    const readsBefore = state.undeterminedReads;
    let value = hasVariables ? expandValue(source, state) : source;
    if (state.undeterminedReads !== readsBefore) return { kind: 'undecided', reason: `\`${params[i]}\` uses a variable the request does not determine` };
    // With variables, a value that starts with the alias location's prefix loses it (as nginx does).
    if (hasVariables && mapped.alias.kind === 'prefix' && value.startsWith(state.uri.slice(0, mapped.alias.length))) {
      value = value.slice(mapped.alias.length);
    }
    if (isLast) {
      if (params[i].startsWith('=')) {
        const status = Number(params[i].slice(1));
        steps.push({ kind: 'try_files', message: `No file of \`${node.at.text}\` exists: the request finishes with status ${status}.`, at: node.at });
        return { kind: 'status', status };
      }
      if (value.startsWith('@')) {
        steps.push({ kind: 'try_files', message: `No file of \`${node.at.text}\` exists: on to the named location \`${value}\`.`, at: node.at });
        return { kind: 'named', name: value };
      }
      const q = value.indexOf('?');
      const uri = q < 0 ? value : value.slice(0, q);
      const args = q < 0 ? '' : value.slice(q + 1);
      steps.push({ kind: 'try_files', message: `No file of \`${node.at.text}\` exists: the last parameter \`${value}\` becomes the URI.`, at: node.at });
      return { kind: 'redirect', uri, args };
    }
    // Each file is looked for under the root or alias itself, whatever the URI is.
    const path = mapped.documentRoot + value;
    const exists = pathExists(path, testDir, files, probe);
    if (exists === undefined) return { kind: 'undecided', reason: `whether \`${path}\` exists is unknown` };
    steps.push({ kind: 'try_files', message: `\`${path}\`${testDir ? ' (a directory)' : ''} ${exists ? 'exists: it becomes the URI' : 'does not exist'}.`, at: node.at });
    if (!exists) continue;
    if (mapped.alias.kind === 'prefix') return { kind: 'found', uri: state.uri.slice(0, mapped.alias.length) + value };
    if (mapped.alias.kind === 'regex') return testDir ? { kind: 'found', uri: state.uri } : { kind: 'found', uri: value, addUriToAlias: true };
    return { kind: 'found', uri: value };
  }
  return { kind: 'none' };
}

function pathExists(path: string, wantDirectory: boolean, files: FileAssumption, probe: FileProbe | undefined): boolean | undefined {
  if (files === 'missing') return false;
  if (files === 'exist') return wantDirectory || !path.endsWith('/');
  if (!probe) return false;
  if (wantDirectory) return probe.isDirectory(path);
  return !path.endsWith('/') && probe.isFile(path);
}
