import type { DialectPack, OutlineCategory } from '../dialects/pack';
import type { ConfigFile, Statement } from '../model/types';
import { blockOf } from '../model/walk';
import type { Span } from '../text/span';

export interface OutlineItem {
  readonly name: string;
  readonly detail?: string;
  readonly category: OutlineCategory;
  /** The whole statement. */
  readonly span: Span;
  /** What to select when the item is picked: the statement's name. */
  readonly selectionSpan: Span;
  readonly children: OutlineItem[];
}

function selectionSpanOf(statement: Statement): Span {
  switch (statement.kind) {
    case 'directive':
    case 'snippet':
    case 'named-route':
    case 'matcher-definition':
      return statement.nameSpan;
    case 'site':
      return statement.addresses[0]?.span ?? statement.span;
    default:
      return statement.span;
  }
}

/** The document outline: blocks the pack names, nested as in the file. */
export function buildOutline(file: ConfigFile, pack: DialectPack): OutlineItem[] {
  const collect = (statements: readonly Statement[], ancestors: Statement[]): OutlineItem[] => {
    const items: OutlineItem[] = [];
    for (const statement of statements) {
      const label = pack.outlineLabel(statement, ancestors);
      const block = blockOf(statement);
      ancestors.push(statement);
      const children = block ? collect(block.children, ancestors) : [];
      ancestors.pop();
      if (label) {
        items.push({ ...label, span: statement.span, selectionSpan: selectionSpanOf(statement), children });
      } else {
        items.push(...children);
      }
    }
    return items;
  };
  return collect(file.statements, []);
}
