/**
 * Completion at a position, for any dialect: reads the cursor, lets the dialect's assist offer
 * entries, and applies what the trigger character implies (a space only asks for argument
 * values, so typing indentation never pops up the directive list).
 */
import type { CompletionResult, DialectAssist } from './assist';
import { readCursor, type CursorContext } from './cursorContext';
import type { WorkspaceView } from './workspaceView';

export interface CompletionRequest {
  readonly view: WorkspaceView;
  readonly index: number;
  readonly assist: DialectAssist;
  /** The character whose typing asked for completion, when one did. */
  readonly triggerCharacter?: string;
}

/** Whether a trigger character makes sense where the cursor is. */
function triggerApplies(cursor: CursorContext, trigger: string | undefined): boolean {
  const { position } = cursor;
  switch (trigger) {
    case undefined:
      return true;
    case ' ':
      // After a directive name or an argument, outside quotes: the next argument's values.
      return position.kind === 'argument' && position.token.raw === '';
    case '$':
      return cursor.variable !== undefined;
    default:
      return position.kind === 'argument';
  }
}

/** Whether the letters of `typed` appear in `text` in order (case-insensitive): what every fuzzy filter requires. */
function isSubsequence(typed: string, text: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length && j < typed.length; i++) if (text.charCodeAt(i) === typed.charCodeAt(j)) j++;
  return j === typed.length;
}

/**
 * Drops entries that cannot match what is already typed. Editors filter the list themselves as
 * the user types on, and ask again when the cursor moves back, so a superset of every fuzzy
 * match is enough; sending 700 directives when `pr` is typed would only cost transfer time.
 */
function matchingTyped(result: CompletionResult, text: string, cursor: number): CompletionResult {
  const entries = result.entries.filter((entry) => {
    const start = entry.replaceStart ?? result.wordStart;
    if (start >= cursor) return true;
    return isSubsequence(text.slice(start, cursor).toLowerCase(), (entry.filterText ?? entry.label).toLowerCase());
  });
  return entries.length === result.entries.length ? result : { ...result, entries };
}

export function completionsAt(request: CompletionRequest): CompletionResult {
  const cursor = readCursor(request.view, request.index, request.assist);
  if (!triggerApplies(cursor, request.triggerCharacter)) return { entries: [], wordStart: request.index };
  return matchingTyped(request.assist.complete(cursor, request.view), request.view.text, cursor.index);
}
