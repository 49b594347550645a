import type { ConfigFile, Statement } from '../model/types';
import { blockOf } from '../model/walk';

export interface FoldRange {
  /** 0-based first and last line to fold. */
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'region' | 'comment';
}

/** Folds every block spanning several lines, and every run of two or more comment lines. */
export function foldingRanges(file: ConfigFile): FoldRange[] {
  const ranges: FoldRange[] = [];
  const visit = (statements: readonly Statement[]): void => {
    let commentRun: { start: number; end: number } | undefined;
    const flushComments = (): void => {
      if (commentRun && commentRun.end > commentRun.start) ranges.push({ startLine: commentRun.start, endLine: commentRun.end, kind: 'comment' });
      commentRun = undefined;
    };
    for (const statement of statements) {
      if (statement.kind === 'comment') {
        const line = statement.span.start.line;
        if (commentRun && line === commentRun.end + 1) commentRun.end = line;
        else {
          flushComments();
          commentRun = { start: line, end: line };
        }
        continue;
      }
      flushComments();
      const block = blockOf(statement);
      const start = statement.span.start.line;
      // Keep the closing brace visible: fold up to the line before it.
      const last = statement.span.end.line - 1;
      if ((block || (statement.kind === 'directive' && statement.rawBody)) && last > start) {
        ranges.push({ startLine: start, endLine: last, kind: 'region' });
      }
      if (block) visit(block.children);
    }
    flushComments();
  };
  visit(file.statements);
  return ranges;
}
