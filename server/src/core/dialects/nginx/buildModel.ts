import type { Piece, RawStatement, TreeReadingRules } from '../../model/readTree';
import type { Argument, ArgumentKind, Directive, Statement } from '../../model/types';
import { hasNginxVariable, nginxTokenValue } from './tokenValue';

const ARGUMENT_TYPES = new Set(['word', 'string', 'variable', 'location_path', 'named_location', 'location_modifier', 'condition_operator']);
const REGEX_OPERATORS = new Set(['~', '~*', '!~', '!~*']);

function toArgument(piece: Piece, regex = false): Argument {
  const value = piece.type === 'string' || piece.type === 'word' || piece.type === 'location_path' ? nginxTokenValue(piece.text) : piece.text;
  const quoteChar = piece.text[0];
  const quoted = piece.type === 'string' || ((quoteChar === '"' || quoteChar === "'") && piece.text.length >= 2 && piece.text.endsWith(quoteChar));
  let kind: ArgumentKind = quoted ? 'quoted' : 'word';
  if (regex) kind = 'regex';
  else if (hasNginxVariable(value)) kind = 'expression';
  return {
    kind,
    raw: piece.text,
    value,
    quote: quoted ? (quoteChar as '"' | "'") : undefined,
    span: piece.span,
  };
}

function argumentPieces(raw: RawStatement): Piece[] {
  return raw.pieces.filter((p) => p.field !== 'name' && !p.missing && p.named && ARGUMENT_TYPES.has(p.type));
}

/** Which arguments nginx compiles as regular expressions. */
function markRegexArguments(name: string, args: Argument[]): Argument[] {
  const asRegex = (a: Argument): Argument => ({ ...a, kind: 'regex' });
  switch (name) {
    case 'location':
      if (args.length === 2 && (args[0].value === '~' || args[0].value === '~*')) return [args[0], asRegex(args[1])];
      return args;
    case 'rewrite':
      return args.map((a, i) => (i === 0 ? asRegex(a) : a));
    case 'server_name':
      return args.map((a) => (a.value.startsWith('~') ? asRegex(a) : a));
    case 'if':
      return args.map((a, i) => (i > 0 && REGEX_OPERATORS.has(args[i - 1].value) && a.kind !== 'regex' ? asRegex(a) : a));
    default:
      return args;
  }
}

function pieceText(raw: RawStatement, field: string): Piece | undefined {
  return raw.pieces.find((p) => p.field === field);
}

function buildDirective(raw: RawStatement): Directive | undefined {
  const namePiece = pieceText(raw, 'name');
  if (!namePiece || namePiece.missing) return undefined;
  const name = namePiece.text;
  let args: Argument[];
  if (raw.type === 'if_directive') {
    // `if (a op b)`: the condition's tokens without the parentheses, as crossplane and nginx see them.
    const condition = pieceText(raw, 'condition');
    const parts = (condition?.parts ?? []).filter((p) => p.named && !p.missing && ARGUMENT_TYPES.has(p.type));
    args = parts.map((p) => toArgument(p));
  } else {
    args = argumentPieces(raw).map((p) => toArgument(p));
  }
  args = markRegexArguments(name, args);
  const semicolonMissing = raw.pieces.some((p) => p.missing && p.type === ';');
  const statement: Directive = {
    kind: 'directive',
    name,
    nameSpan: namePiece.span,
    args,
    block: raw.body,
    rawBody: raw.rawBody,
    isEntry: undefined,
    terminated: raw.body !== undefined || raw.rawBody !== undefined || !semicolonMissing,
    span: raw.span,
  };
  return statement;
}

function buildEntry(raw: RawStatement): Directive | undefined {
  const key = pieceText(raw, 'key');
  if (!key || key.missing) return undefined;
  const keyArg = toArgument(key);
  const values = raw.pieces.filter((p) => p.field === 'value' && !p.missing).map((p) => toArgument(p));
  return {
    kind: 'directive',
    name: keyArg.value,
    nameSpan: key.span,
    args: values,
    isEntry: true,
    terminated: !raw.pieces.some((p) => p.missing && p.type === ';'),
    span: raw.span,
  };
}

function statementSummary(raw: RawStatement): string {
  const shown = raw.pieces.filter((p) => !p.missing && p.type !== ';').map((p) => p.text);
  if (raw.type === 'if_directive') shown.splice(1, shown.length, pieceText(raw, 'condition')?.text ?? '');
  const text = shown.join(' ').replace(/\s+/g, ' ');
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

export const nginxReadingRules: TreeReadingRules = {
  statementTypes: new Set(['directive', 'block_directive', 'location_directive', 'if_directive', 'map_directive', 'lua_directive', 'entry']),
  blockTypes: new Set(['block', 'entry_block']),
  rawBodyTypes: new Set(['lua_block']),
  structuredPieceTypes: new Set(['condition']),
  buildStatement(raw): Statement | undefined {
    return raw.type === 'entry' ? buildEntry(raw) : buildDirective(raw);
  },
  describeMissing(raw, missing) {
    const present = raw.pieces.filter((p) => !p.missing && p.span.endIndex <= missing.span.startIndex);
    const last = present[present.length - 1];
    const at = last ? last.span : missing.span;
    if (missing.type === ';') {
      return { code: 'syntax/missing-semicolon', message: `expected ';' after '${statementSummary(raw)}'`, span: at };
    }
    return { code: 'syntax/missing-token', message: `expected '${missing.type}' in '${statementSummary(raw)}'`, span: at };
  },
  describeOpener(raw) {
    return statementSummary(raw);
  },
};
