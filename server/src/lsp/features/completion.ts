import { CompletionItemKind, CompletionItemTag, CompletionTriggerKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Range } from 'vscode-languageserver/node';
import type { ServerSession } from '../session';
import type { CompletionCategory, CompletionEntry } from '../../core/analysis/assist';
import { completionsAt } from '../../core/analysis/completion';
import type { Dialect } from '../../core/model/types';
import type { LineIndex } from '../../core/text/span';
import { assistSupport } from './assistSupport';

/** Characters whose typing asks for completion: variables, arguments, named locations, paths. */
export const completionTriggerCharacters = ['$', ' ', '@', '/'];

const KIND: Record<CompletionCategory, CompletionItemKind> = {
  directive: CompletionItemKind.Keyword,
  block: CompletionItemKind.Struct,
  snippet: CompletionItemKind.Snippet,
  value: CompletionItemKind.Value,
  variable: CompletionItemKind.Variable,
  reference: CompletionItemKind.Reference,
  file: CompletionItemKind.File,
  folder: CompletionItemKind.Folder,
};

const RETRIGGER = { title: '', command: 'editor.action.triggerSuggest' };

/** Lists long enough that each entry's detail waits for `completionItem/resolve`. */
const DEFERRED_DETAIL = new Set<CompletionCategory>(['directive', 'block']);

/** What `completionItem/resolve` needs to fetch an entry's documentation: [dialect, key]. */
type ItemData = readonly [Dialect, string];

function isItemData(data: unknown): data is ItemData {
  return Array.isArray(data) && data.length === 2 && typeof data[0] === 'string' && typeof data[1] === 'string';
}

/**
 * More items than this are cut to the best-ranked ones and the list marked incomplete, so the
 * editor asks again as the user types (and the typed prefix then narrows the list): a full
 * directive list is ~700 items, which costs more to send than to compute.
 */
const MAX_ITEMS = 100;

/**
 * One item, kept small: a directive list has ~700 of them. Fields an editor does not need are
 * left out (undefined is not serialised); a directive's detail and documentation come on resolve.
 */
function toItem(entry: CompletionEntry, range: Range, rangeFrom: (start: number) => Range): CompletionItem {
  return {
    label: entry.label,
    kind: KIND[entry.category],
    detail: entry.documentation && DEFERRED_DETAIL.has(entry.category) ? undefined : entry.detail,
    // Ranks may be negative or fractional; base 36 keeps the text short and still sorts.
    sortText: Math.round((entry.rank + 10) * 1000).toString(36).padStart(5, '0'),
    filterText: entry.filterText,
    insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : undefined,
    textEdit: { range: entry.replaceStart === undefined ? range : rangeFrom(entry.replaceStart), newText: entry.insertText },
    command: entry.retrigger ? RETRIGGER : undefined,
    tags: entry.deprecated ? [CompletionItemTag.Deprecated] : undefined,
    data: entry.documentation ? ([entry.documentation.dialect, entry.documentation.key] satisfies ItemData) : undefined,
  };
}

function rangeBetween(lines: LineIndex, start: number, end: number): Range {
  const from = lines.pointAt(start);
  const to = lines.pointAt(end);
  return { start: { line: from.line, character: from.column }, end: { line: to.line, character: to.column } };
}

/** Completion: directives valid where the cursor is, argument values, variables, names, paths. */
export function registerCompletion(session: ServerSession): void {
  const support = assistSupport(session);
  session.connection.onCompletion(({ textDocument, position, context }): CompletionList | null => {
    const site = support.at(textDocument.uri, position);
    if (!site) return null;
    const triggerCharacter = context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? context.triggerCharacter : undefined;
    const result = completionsAt({ view: site.view, index: site.index, assist: site.assist, triggerCharacter });
    const lines = site.doc.lineIndex;
    const rangeFrom = (start: number): Range => rangeBetween(lines, Math.min(start, site.index), site.index);
    const range = rangeFrom(result.wordStart);
    const complete = result.entries.length <= MAX_ITEMS;
    const entries = complete ? result.entries : [...result.entries].sort((a, b) => a.rank - b.rank).slice(0, MAX_ITEMS);
    return { isIncomplete: !complete, items: entries.map((e) => toItem(e, range, rangeFrom)) };
  });
  session.connection.onCompletionResolve((item) => {
    if (!isItemData(item.data) || item.documentation) return item;
    const documentation = support.documentEntry(item.data[0], item.data[1]);
    if (!documentation) return item;
    return { ...item, detail: item.detail ?? documentation.detail, documentation: { kind: MarkupKind.Markdown, value: documentation.markdown } };
  });
}
