/**
 * Hover for nginx: a directive's documentation, a variable's meaning or definition, and what a
 * reference points at — the upstream a `*_pass` names, the `@named` location of a `try_files`
 * or `error_page`, the files an `include` pattern resolves to.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HoverResult } from '../../../analysis/assist';
import type { CursorContext, VariableAtCursor } from '../../../analysis/cursorContext';
import type { WorkspaceView } from '../../../analysis/workspaceView';
import type { Directive } from '../../../model/types';
import { expandGlob, hasGlob } from '../../../workspace/glob';
import { nginxKnowledge, type NginxContext } from '../knowledge';
import { captureCount, definitionLine, reachableNamedLocations, workspaceDefinitions, type Definition } from './definitions';
import { isPassDirective, takesNamedLocation, upstreamNameIn } from './references';
import { builtinVariableMarkdown, directiveMarkdown } from './docs';
import { factsFor, subsystemOf } from './knowledge';
import { regexInScope } from './variables';

const MAX_LINES = 20;

/** A file as the user knows it: relative to the main config's folder when inside it. */
function displayPath(file: string, view: WorkspaceView): string {
  if (file === view.file.path) return path.basename(file);
  for (const root of view.roots) {
    const relative = path.relative(path.dirname(root), file);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative;
  }
  return path.basename(file);
}

function link(file: string, line: number, view: WorkspaceView): string {
  const label = `${displayPath(file, view)}:${line + 1}`;
  return path.isAbsolute(file) ? `[${label}](${pathToFileURL(file).href}#L${line + 1})` : label;
}

/** A block re-written from the model, its nested blocks folded, at most MAX_LINES lines. */
function blockText(d: Directive): string {
  const head = `${d.name} ${d.args.map((a) => a.raw).join(' ')}`.trimEnd();
  const lines = [`${head} {`];
  const children = (d.block?.children ?? []).filter((c): c is Directive => c.kind === 'directive');
  for (const child of children.slice(0, MAX_LINES)) {
    const text = `${child.name} ${child.args.map((a) => a.raw).join(' ')}`.trimEnd();
    lines.push(`    ${text}${child.block || child.rawBody ? ' { … }' : ';'}`);
  }
  if (children.length > MAX_LINES) lines.push(`    # … ${children.length - MAX_LINES} more`);
  lines.push('}');
  return lines.join('\n');
}

function definitionBlock(title: string, definitions: readonly Definition[], view: WorkspaceView): string {
  return definitions.map((d) => `**${title}** · ${link(d.file, definitionLine(d), view)}\n\`\`\`nginx\n${blockText(d.directive)}\n\`\`\``).join('\n\n');
}

function statementText(d: Directive): string {
  const text = `${d.name} ${d.args.map((a) => a.raw).join(' ')}`.trimEnd();
  return d.block || d.rawBody ? `${text} { … }` : `${text};`;
}

function variableHover(cursor: CursorContext, variable: VariableAtCursor, view: WorkspaceView): HoverResult | undefined {
  const { name } = variable;
  const range = { startIndex: variable.startIndex, endIndex: variable.endIndex };
  if (/^[1-9]$/.test(name)) {
    const regex = regexInScope(cursor);
    if (!regex) return undefined;
    const groups = captureCount(regex);
    const note = Number(name) > groups ? ` — but that regex has only ${groups} group${groups === 1 ? '' : 's'}, so it is empty` : '';
    return { markdown: `**$${name}**: capture group ${name} of \`${regex}\`${note}`, ...range };
  }
  const parts: string[] = [];
  const defined = workspaceDefinitions(view).variables.filter((d) => d.name === name);
  if (defined.length) {
    const listed = defined.slice(0, 5).map((d) => `- ${link(d.file, definitionLine(d), view)}: \`${statementText(d.directive)}\``);
    if (defined.length > 5) listed.push(`- … ${defined.length - 5} more`);
    parts.push(`**$${name}**, defined in this configuration:\n${listed.join('\n')}`);
  }
  const builtin = nginxKnowledge.variable(name);
  if (builtin) parts.push(builtinVariableMarkdown(name, builtin));
  return parts.length ? { markdown: parts.join('\n\n---\n\n'), ...range } : undefined;
}

function includeHover(pattern: string, view: WorkspaceView): string {
  const bases = path.isAbsolute(pattern) ? [''] : view.pathBases;
  let files: string[] = [];
  for (const base of bases) {
    const absolute = path.resolve(base, pattern);
    files = hasGlob(pattern) ? expandGlob(absolute, view.source) : view.source.isFile(absolute) ? [absolute] : [];
    if (files.length) break;
  }
  const title = `**include** \`${pattern}\``;
  if (files.length === 0) return `${title}: ${hasGlob(pattern) ? 'matches no files' : 'file not found'}${bases.length ? ` (resolved from \`${bases[0] || '/'}\`)` : ''}`;
  const shown = files.slice(0, 30).map((f) => `- [${displayPath(f, view)}](${pathToFileURL(f).href})`);
  if (files.length > 30) shown.push(`- … ${files.length - 30} more`);
  return `${title} → ${files.length} file${files.length === 1 ? '' : 's'}:\n${shown.join('\n')}`;
}

export function nginxHover(cursor: CursorContext, contexts: readonly NginxContext[], view: WorkspaceView): HoverResult | undefined {
  const { position } = cursor;
  if (cursor.variable && cursor.variable.name) return variableHover(cursor, cursor.variable, view);
  if (position.kind === 'name') {
    if (cursor.body.kind !== 'scopes' || !position.token.raw) return undefined;
    const facts = factsFor(position.token.raw, contexts);
    if (facts.length === 0) return undefined;
    return { markdown: directiveMarkdown(facts), startIndex: position.token.startIndex, endIndex: position.token.endIndex };
  }
  if (position.kind !== 'argument' || !position.token.raw) return undefined;
  const { token, name, index } = position;
  const value = token.quote ? token.raw.slice(1, token.raw.endsWith(token.quote) ? -1 : undefined) : token.raw;
  const range = { startIndex: token.startIndex, endIndex: token.endIndex };
  const definitions = workspaceDefinitions(view);
  if (isPassDirective(name) && index === 0) {
    const upstream = upstreamNameIn(value);
    const here = subsystemOf(contexts);
    const found = definitions.upstreams.filter((u) => u.name === upstream?.name && (!here || !u.subsystem || u.subsystem === here));
    // Proxying to a host that is no upstream is normal: say nothing then.
    if (upstream && found.length) {
      const startIndex = token.startIndex + (token.quote ? 1 : 0) + upstream.offset;
      return { markdown: definitionBlock(`upstream ${upstream.name}`, found, view), startIndex, endIndex: startIndex + upstream.name.length };
    }
  }
  if (value.startsWith('@') && takesNamedLocation(name, index, position.previous)) {
    const found = reachableNamedLocations(view, cursor.enclosing).filter((l) => l.name === value);
    const markdown = found.length ? definitionBlock(`location ${value}`, found, view) : `**${value}**: no named location of that name in this server`;
    return { markdown, ...range };
  }
  if (name === 'include' && index === 0) return { markdown: includeHover(value, view), ...range };
  return undefined;
}
