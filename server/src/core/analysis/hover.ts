/** Hover at a position, for any dialect: the cursor is read once and the dialect explains what is there. */
import type { DialectAssist, HoverResult } from './assist';
import { readCursor } from './cursorContext';
import type { WorkspaceView } from './workspaceView';

export function hoverAt(view: WorkspaceView, index: number, assist: DialectAssist): HoverResult | undefined {
  const cursor = readCursor(view, index, assist);
  if (cursor.position.kind === 'comment' || cursor.position.kind === 'raw') return undefined;
  return assist.hover(cursor, view);
}
