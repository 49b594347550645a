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
import { captureCount, mentionAt, reachableNamedLocations, workspaceDefinitions, type Definition } from './definitions';
import { builtinVariableMarkdown, directiveMarkdown } from './docs';
import { factsFor } from './knowledge';
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
  return definitions.map((d) => `**${title}** · ${link(d.file, d.span.start.line, view)}\n\`\`\`nginx\n${blockText(d.directive)}\n\`\`\``).join('\n\n');
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
    const listed = defined.slice(0, 5).map((d) => `- ${link(d.file, d.span.start.line, view)}: \`${statementText(d.directive)}\``);
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
  const mention = mentionAt(view.file, cursor.index);
  if (mention?.role === 'reference' && (mention.kind === 'upstream' || mention.kind === 'named-location')) {
    const definitions = workspaceDefinitions(view);
    const target = mention.kind === 'upstream' ? mention.name : `@${mention.name}`;
    const found = (mention.kind === 'upstream' ? definitions.upstreams : reachableNamedLocations(view, cursor.enclosing)).filter((d) => d.name === target);
    const title = `${mention.kind === 'upstream' ? 'upstream' : 'location'} ${target}`;
    const markdown = found.length ? definitionBlock(title, found, view) : `**${target}**: no ${mention.kind === 'upstream' ? 'upstream' : 'named location'} of that name in this configuration`;
    // Proxying to a host name that is no upstream is normal: say nothing then.
    if (found.length || mention.kind === 'named-location') return { markdown, startIndex: mention.span.startIndex - mention.sigilLength, endIndex: mention.span.endIndex };
  }
  if (name === 'include' && index === 0) return { markdown: includeHover(value, view), ...range };
  return undefined;
}
