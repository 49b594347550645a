/**
 * nginx's editing assistance: completion, hover and signature help over the shared cursor
 * reading (core/analysis/cursorContext.ts), with nginx's contexts, knowledge and references.
 */
import type { BodyScope, CompletionEntry, CompletionResult, DialectAssist, EntryDocumentation } from '../../../analysis/assist';
import type { CursorContext } from '../../../analysis/cursorContext';
import type { WorkspaceView } from '../../../analysis/workspaceView';
import type { Statement } from '../../../model/types';
import { bodyContext, fileContexts } from '../context';
import { nginxKnowledge } from '../knowledge';
import { argumentEntries } from './argumentValues';
import { blockSnippetEntries } from './blockSnippets';
import { directiveEntries, moduleDetail } from './catalog';
import { definitionsOf, workspaceDefinitions } from './definitions';
import { builtinVariableMarkdown, directiveMarkdown } from './docs';
import { nginxHover } from './hover';
import { asContexts, factsFor, isNginxContext, nginxContexts } from './knowledge';
import { directiveSignature } from './signature';
import { variableEntries } from './variables';

function contextsAt(cursor: CursorContext): ReturnType<typeof asContexts> {
  return cursor.body.kind === 'scopes' ? asContexts(cursor.body.scopes) : [];
}

function statementEntries(cursor: CursorContext, view: WorkspaceView): CompletionEntry[] {
  const contexts = contextsAt(cursor);
  const directives = directiveEntries(contexts);
  const rankOf = (name: string): number => directives.find((d) => d.label === name)?.rank ?? directives.length;
  // A text search of the document instead of its definitions: they would cost a walk of the
  // whole model after every keystroke, for one line of one snippet.
  const connectionUpgradeDefined = (): boolean =>
    view.text.includes('$connection_upgrade') || view.otherFiles.some((f) => definitionsOf(f).variables.some((v) => v.name === 'connection_upgrade'));
  return [...directives, ...blockSnippetEntries(contexts, rankOf, { connectionUpgradeDefined })];
}

function complete(cursor: CursorContext, view: WorkspaceView): CompletionResult {
  const { position, body } = cursor;
  const none = { entries: [], wordStart: cursor.index };
  if (body.kind === 'raw' || position.kind === 'comment' || position.kind === 'raw') return none;
  if (cursor.variable) return { entries: variableEntries(cursor, cursor.variable, contextsAt(cursor), view), wordStart: cursor.variable.startIndex };
  if (body.kind === 'entries') return none;
  if (position.kind === 'name') return { entries: statementEntries(cursor, view), wordStart: position.token.startIndex };
  const { token } = position;
  const wordStart = token.startIndex + (token.quote ? 1 : 0);
  const site = { name: position.name, index: position.index, previous: position.previous, token, contexts: contextsAt(cursor), enclosing: cursor.enclosing, view };
  return { entries: argumentEntries(site), wordStart };
}

function documentEntry(key: string): EntryDocumentation | undefined {
  const [kind, name, contexts] = key.split(':');
  if (kind === 'directive') {
    const facts = factsFor(name, asContexts((contexts ?? '').split(',').filter(Boolean)));
    return facts.length ? { detail: moduleDetail(facts[0]), markdown: directiveMarkdown(facts) } : undefined;
  }
  if (kind === 'variable') {
    const fact = nginxKnowledge.variable(name) ?? nginxKnowledge.allVariables().find((v) => v.prefix && v.name === name);
    return fact ? { markdown: builtinVariableMarkdown(name, fact) } : undefined;
  }
  return undefined;
}

function bodyScope(parent: string, block: Statement): BodyScope | undefined {
  if (block.kind !== 'directive' || !isNginxContext(parent)) return undefined;
  const body = bodyContext(parent, block);
  if (!body) return undefined;
  return body.kind === 'context' ? { kind: 'scope', scope: body.context } : body;
}

export const nginxAssist: DialectAssist = {
  dialect: 'nginx',
  lexicon: {
    commentStart: '#',
    variableBeforeCursor: /\$\{?([A-Za-z0-9_]*)$/,
    variableReferences: /\$\{?([A-Za-z0-9_]*)\}?/g,
    startsStatement: (word) => nginxKnowledge.directive(word).length > 0,
  },
  allScopes: nginxContexts,
  fileScopes: (file, graph, roots) => fileContexts(file, graph, roots),
  bodyScope,
  complete,
  documentEntry,
  hover: (cursor, view) => nginxHover(cursor, contextsAt(cursor), view),
  warm(view) {
    for (const contexts of [asContexts(view.fileScopes), ['http'], ['server'], ['location']] as const) directiveEntries(contexts);
    workspaceDefinitions(view);
  },
  signature(cursor) {
    const { position } = cursor;
    if (position.kind !== 'argument' || cursor.body.kind !== 'scopes') return undefined;
    const facts = factsFor(position.name, contextsAt(cursor));
    return directiveSignature(position.name, facts, [...position.previous, position.token.typedValue]);
  },
};
