import type { Piece, RawStatement, TreeReadingRules } from '../../model/readTree';
import type { Argument, Block, Directive, Statement } from '../../model/types';
import { caddyTokenValue, hasCaddyPlaceholder } from './tokenValue';

const ARGUMENT_TYPES = new Set(['word', 'quoted_string', 'backtick_string', 'heredoc', 'placeholder', 'env_placeholder', 'site_address', 'matcher']);
const QUOTES: Record<string, Argument['quote']> = { quoted_string: '"', backtick_string: '`', heredoc: 'heredoc' };

function toArgument(piece: Piece): Argument {
  const value = caddyTokenValue(piece.text, piece.type);
  const quote = QUOTES[piece.type];
  return piece.toArgument(hasCaddyPlaceholder(value) ? 'expression' : quote ? 'quoted' : 'word', value, quote);
}

function field(raw: RawStatement, name: string): Piece | undefined {
  for (const piece of raw.pieces) if (piece.field === name && !piece.missing) return piece;
  return undefined;
}

/**
 * The present pieces in `name` (of one of `types`, when given), as arguments, in an array of exactly
 * their number: arrays grown by push keep spare capacity, which every young-generation GC copies.
 */
function argumentsIn(raw: RawStatement, name: string, types?: ReadonlySet<string>): Argument[] {
  const wanted = (piece: Piece): boolean => piece.field === name && !piece.missing && (!types || types.has(piece.type));
  let count = 0;
  for (const piece of raw.pieces) if (wanted(piece)) count++;
  const args = new Array<Argument>(count);
  let i = 0;
  for (const piece of raw.pieces) if (wanted(piece)) args[i++] = toArgument(piece);
  return args;
}

/** A braceless site's directives become its block, spanning from the first to the last. */
function inlineBlock(raw: RawStatement): Block {
  const children = raw.nested;
  if (children.length === 0) {
    const end = raw.span;
    return { span: { startIndex: end.endIndex, endIndex: end.endIndex, start: end.end, end: end.end }, children, closed: true };
  }
  const first = children[0].span;
  const last = children[children.length - 1].span;
  return { span: { startIndex: first.startIndex, endIndex: last.endIndex, start: first.start, end: last.end }, children, closed: true };
}

function buildStatement(raw: RawStatement): Statement | undefined {
  switch (raw.type) {
    case 'global_options':
      return { kind: 'global-options', name: '', nameSpan: raw.span, block: raw.body ?? inlineBlock(raw), span: raw.span };
    case 'snippet':
    case 'named_route': {
      const name = field(raw, 'name');
      if (!name) return undefined;
      const bare = name.text.replace(/^&?\(/, '').replace(/\)$/, '');
      const kind = raw.type === 'snippet' ? 'snippet' : 'named-route';
      return { kind, name: bare, nameSpan: name.span, block: raw.body ?? inlineBlock(raw), span: raw.span };
    }
    case 'site_block': {
      const addresses = argumentsIn(raw, 'address');
      return { kind: 'site', addresses, block: raw.body ?? inlineBlock(raw), braceless: raw.body === undefined, span: raw.span };
    }
    case 'matcher_definition': {
      const name = field(raw, 'name');
      if (!name) return undefined;
      return { kind: 'matcher-definition', name: name.text, nameSpan: name.span, block: raw.body ?? inlineBlock(raw), inline: raw.body === undefined, span: raw.span };
    }
    case 'directive': {
      const name = field(raw, 'name');
      if (!name) return undefined;
      const matcherPiece = field(raw, 'matcher');
      const args = argumentsIn(raw, 'argument', ARGUMENT_TYPES);
      const directive: Directive = {
        kind: 'directive',
        name: name.text,
        nameSpan: name.span,
        matcher: matcherPiece ? toArgument(matcherPiece) : undefined,
        args,
        block: raw.body,
        terminated: true,
        span: raw.span,
      };
      return directive;
    }
    default:
      return undefined;
  }
}

function summary(raw: RawStatement): string {
  const text = raw.pieces.filter((p) => !p.missing && p.named).map((p) => p.text).join(' ');
  if (raw.type === 'global_options') return 'global options';
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

export const caddyReadingRules: TreeReadingRules = {
  statementTypes: new Set(['global_options', 'snippet', 'named_route', 'site_block', 'directive', 'matcher_definition']),
  blockTypes: new Set(['block']),
  rawBodyTypes: new Set(),
  structuredPieceTypes: new Set(),
  buildStatement,
  describeMissing(raw, missing) {
    return { code: 'syntax/missing-token', message: `expected '${missing.type}' in '${summary(raw)}'`, span: missing.span };
  },
  describeOpener: summary,
};
