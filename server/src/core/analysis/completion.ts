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

export function completionsAt(request: CompletionRequest): CompletionResult {
  const cursor = readCursor(request.view, request.index, request.assist);
  if (!triggerApplies(cursor, request.triggerCharacter)) return { entries: [], wordStart: request.index };
  return request.assist.complete(cursor, request.view);
}
