import type { ConfigFile, Statement } from '../model/types';
import { blockOf } from '../model/walk';
import { spanContains, type Span } from '../text/span';

function tokenSpans(statement: Statement): Span[] {
  switch (statement.kind) {
    case 'directive':
      return [statement.nameSpan, ...(statement.matcher ? [statement.matcher.span] : []), ...statement.args.map((a) => a.span)];
    case 'site':
      return statement.addresses.map((a) => a.span);
    case 'snippet':
    case 'named-route':
    case 'matcher-definition':
      return [statement.nameSpan];
    default:
      return [];
  }
}

/**
 * Smart-select ranges around an index, innermost first: token, statement, enclosing block,
 * enclosing statement, … up to the whole file.
 */
export function selectionChain(file: ConfigFile, index: number, fileSpan: Span): Span[] {
  const chain: Span[] = [fileSpan];
  let statements: readonly Statement[] = file.statements;
  for (;;) {
    const statement = statements.find((s) => spanContains(s.span, index));
    if (!statement) break;
    chain.push(statement.span);
    const block = blockOf(statement);
    if (block && spanContains(block.span, index) && block.span.startIndex !== statement.span.startIndex) {
      chain.push(block.span);
      statements = block.children;
      continue;
    }
    const token = tokenSpans(statement).find((s) => spanContains(s, index));
    if (token) chain.push(token);
    break;
  }
  // Innermost first, without duplicates.
  const result: Span[] = [];
  for (const span of chain) {
    const last = result[result.length - 1];
    if (!last || last.startIndex !== span.startIndex || last.endIndex !== span.endIndex) result.push(span);
  }
  return result.reverse();
}
