import type { Block, Directive, Statement } from './types';

/** The block a statement owns, whatever its kind. */
export function blockOf(statement: Statement): Block | undefined {
  switch (statement.kind) {
    case 'directive':
      return statement.block;
    case 'comment':
      return undefined;
    default:
      return statement.block;
  }
}

/** Visits every directive depth-first, in file order, with its ancestors. */
export function walkDirectives(
  statements: readonly Statement[],
  visit: (directive: Directive, ancestors: readonly Statement[]) => void,
  ancestors: Statement[] = [],
): void {
  for (const statement of statements) {
    if (statement.kind === 'directive') visit(statement, ancestors);
    const block = blockOf(statement);
    if (block) {
      ancestors.push(statement);
      walkDirectives(block.children, visit, ancestors);
      ancestors.pop();
    }
  }
}

/** Visits every statement depth-first with its ancestors. */
export function walkStatements(
  statements: readonly Statement[],
  visit: (statement: Statement, ancestors: readonly Statement[]) => void,
  ancestors: Statement[] = [],
): void {
  for (const statement of statements) {
    visit(statement, ancestors);
    const block = blockOf(statement);
    if (block) {
      ancestors.push(statement);
      walkStatements(block.children, visit, ancestors);
      ancestors.pop();
    }
  }
}
