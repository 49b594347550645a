/**
 * `$variable` completion: variables the configuration defines (set, map, geo, named captures …),
 * the numbered captures of the regex around the cursor, and nginx's built-in variables of the
 * cursor's subsystem, most used first, with common members of the `$http_*`-style families.
 */
import * as path from 'node:path';
import type { CompletionEntry } from '../../../analysis/assist';
import type { CursorContext, VariableAtCursor } from '../../../analysis/cursorContext';
import type { WorkspaceView } from '../../../analysis/workspaceView';
import type { Statement } from '../../../model/types';
import { nginxKnowledge, type NginxContext } from '../knowledge';
import { captureCount, definitionLine, workspaceDefinitions } from './definitions';
import { subsystemOf, usedFamilyMembers, variableUse } from './knowledge';

/** Request headers worth offering as `$http_…` even when the corpus rarely reads them. */
const COMMON_REQUEST_HEADERS = [
  'host', 'user_agent', 'referer', 'cookie', 'authorization', 'upgrade', 'connection', 'origin', 'accept', 'accept_encoding',
  'accept_language', 'content_type', 'content_length', 'range', 'if_none_match', 'x_forwarded_for', 'x_forwarded_proto',
  'x_forwarded_host', 'x_real_ip', 'x_requested_with',
];

interface BuiltinChoice {
  readonly name: string;
  readonly detail: string;
  /** A family prefix (`http_`): inserting it asks for completion again. */
  readonly family: boolean;
}

function builtinChoices(subsystem: string | undefined): BuiltinChoice[] {
  const seen = new Set<string>();
  const choices: { choice: BuiltinChoice; use: number }[] = [];
  const add = (name: string, detail: string, family: boolean, use: number): void => {
    if (seen.has(name)) return;
    seen.add(name);
    choices.push({ choice: { name, detail, family }, use });
  };
  for (const v of nginxKnowledge.allVariables()) {
    if (subsystem && v.subsystem && v.subsystem !== subsystem) continue;
    if (!v.prefix) {
      add(v.name, v.module, false, variableUse(v.name));
      continue;
    }
    add(v.name, `${v.module} · family: $${v.name}<name>`, true, 1);
    for (const [member, use] of usedFamilyMembers(v.name)) add(member, v.module, false, use);
    if (v.name === 'http_') for (const header of COMMON_REQUEST_HEADERS) add(`http_${header}`, v.module, false, 0);
  }
  choices.sort((a, b) => b.use - a.use || (a.choice.name < b.choice.name ? -1 : 1));
  return choices.map((c) => c.choice);
}

const builtinCache = new Map<string, BuiltinChoice[]>();

function builtins(subsystem: string | undefined): BuiltinChoice[] {
  const key = subsystem ?? '*';
  let list = builtinCache.get(key);
  if (!list) builtinCache.set(key, (list = builtinChoices(subsystem)));
  return list;
}

/** The regex whose numbered captures `$1…$n` are in scope at the cursor (innermost first). */
export function regexInScope(cursor: CursorContext): string | undefined {
  const { position } = cursor;
  if (position.kind === 'argument' && position.name === 'rewrite' && position.index >= 1) return position.previous[0];
  for (let i = cursor.enclosing.length - 1; i >= 0; i--) {
    const block: Statement = cursor.enclosing[i];
    if (block.kind !== 'directive') continue;
    const regex = block.args.find((a) => a.kind === 'regex');
    if (regex) return regex.value;
  }
  return undefined;
}

export function variableEntries(cursor: CursorContext, variable: VariableAtCursor, contexts: readonly NginxContext[], view: WorkspaceView): CompletionEntry[] {
  const braces = cursor.text.charCodeAt(variable.startIndex + 1) === 123;
  const closing = braces && cursor.text.charCodeAt(cursor.index) !== 125 ? '}' : '';
  const entries: CompletionEntry[] = [];
  const seen = new Set<string>();
  const add = (name: string, category: CompletionEntry['category'], detail: string, rank: number, family = false): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const written = braces ? `\${${name}` : `$${name}`;
    entries.push({
      label: `$${name}`,
      category,
      detail,
      insertText: family ? written : written + closing,
      filterText: written,
      replaceStart: variable.startIndex,
      rank,
      retrigger: family || undefined,
      documentation: { dialect: 'nginx', key: `variable:${name}` },
    });
  };

  workspaceDefinitions(view).variables.forEach((d, i) => {
    const file = d.file === view.file.path ? 'this file' : path.basename(d.file);
    add(d.name, 'variable', `${d.via} · ${file}:${definitionLine(d) + 1}`, i / 1000);
  });
  const regex = regexInScope(cursor);
  const groups = regex ? captureCount(regex) : 0;
  for (let n = 1; n <= Math.min(groups, 9); n++) add(String(n), 'variable', `capture ${n} of ${regex}`, 50 + n / 100);
  builtins(subsystemOf(contexts)).forEach((b, i) => add(b.name, 'variable', b.detail, 100 + i / 1000, b.family));
  return entries;
}
