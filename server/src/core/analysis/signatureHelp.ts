/** Signature help at a position, for any dialect: shown while the cursor is in a directive's arguments. */
import type { DialectAssist, SignatureResult } from './assist';
import { readCursor } from './cursorContext';
import type { WorkspaceView } from './workspaceView';

export function signatureAt(view: WorkspaceView, index: number, assist: DialectAssist): SignatureResult | undefined {
  const cursor = readCursor(view, index, assist);
  if (cursor.position.kind !== 'argument') return undefined;
  return assist.signature(cursor, view);
}
