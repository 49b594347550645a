import type { Piece, RawStatement, TreeReadingRules } from '../../model/readTree';
import type { Argument, Directive, Statement } from '../../model/types';
import { hasNginxVariable, nginxTokenValue } from './tokenValue';
import { TokenArgument } from '../../model/tokenArgument';

const ARGUMENT_TYPES = new Set(['word', 'string', 'variable', 'location_path', 'named_location', 'location_modifier', 'condition_operator']);
const REGEX_OPERATORS = new Set(['~', '~*', '!~', '!~*']);

function toArgument(piece: Piece): Argument {
  const text = piece.text;
  const value = piece.type === 'string' || piece.type === 'word' || piece.type === 'location_path' || piece.type === 'location_modifier' ? nginxTokenValue(text) : text;
  const first = text.charCodeAt(0);
  const quoted = piece.type === 'string' || ((first === 34 || first === 39) && text.length >= 2 && text.charCodeAt(text.length - 1) === first);
  return piece.toArgument(hasNginxVariable(value) ? 'expression' : quoted ? 'quoted' : 'word', value, quoted ? (text[0] as '"' | "'") : undefined);
}

function isArgument(piece: Piece): boolean {
  return piece.named && !piece.missing && ARGUMENT_TYPES.has(piece.type);
}

/**
 * The arguments among `pieces` (but the directive's name), in an array of exactly their number:
 * arrays grown by push keep spare capacity, which every young-generation GC copies along.
 */
function argumentsOf(pieces: readonly Piece[]): Argument[] {
  let count = 0;
  for (const piece of pieces) if (piece.field !== 'name' && isArgument(piece)) count++;
  const args = new Array<Argument>(count);
  let i = 0;
  for (const piece of pieces) if (piece.field !== 'name' && isArgument(piece)) args[i++] = toArgument(piece);
  return args;
}

function asRegex(argument: Argument): Argument {
  return argument instanceof TokenArgument ? argument.withKind('regex') : { ...argument, kind: 'regex' };
}

/** Marks, in place, the arguments nginx compiles as regular expressions. */
function markRegexArguments(name: string, args: Argument[]): void {
  switch (name) {
    case 'location':
      if (args.length === 2 && (args[0].value === '~' || args[0].value === '~*')) args[1] = asRegex(args[1]);
      return;
    case 'rewrite':
      if (args.length > 0) args[0] = asRegex(args[0]);
      return;
    case 'server_name':
      for (let i = 0; i < args.length; i++) if (args[i].value.startsWith('~')) args[i] = asRegex(args[i]);
      return;
    case 'if':
      // An operand after ~ ~* !~ !~* is a regex (marking keeps values, so later checks still hold).
      for (let i = 1; i < args.length; i++) if (REGEX_OPERATORS.has(args[i - 1].value) && args[i].kind !== 'regex') args[i] = asRegex(args[i]);
      return;
  }
}

function pieceText(raw: RawStatement, field: string): Piece | undefined {
  return raw.pieces.find((p) => p.field === field);
}

/** The first piece in `field`, in one pass without a callback (this runs for every statement). */
function firstInField(pieces: readonly Piece[], field: string): Piece | undefined {
  for (const piece of pieces) if (piece.field === field) return piece;
  return undefined;
}

function semicolonIsMissing(pieces: readonly Piece[]): boolean {
  for (const piece of pieces) if (piece.missing && piece.type === ';') return true;
  return false;
}

function buildDirective(raw: RawStatement): Directive | undefined {
  const namePiece = firstInField(raw.pieces, 'name');
  if (!namePiece || namePiece.missing) return undefined;
  const name = namePiece.text;
  // `if (a op b)`: the condition's tokens without the parentheses, as crossplane and nginx see them.
  const args = raw.type === 'if_directive' ? argumentsOf(firstInField(raw.pieces, 'condition')?.parts ?? []) : argumentsOf(raw.pieces);
  markRegexArguments(name, args);
  return {
    kind: 'directive',
    name,
    nameSpan: namePiece.span,
    args,
    block: raw.body,
    rawBody: raw.rawBody,
    isEntry: undefined,
    terminated: raw.body !== undefined || raw.rawBody !== undefined || !semicolonIsMissing(raw.pieces),
    span: raw.span,
  };
}

function buildEntry(raw: RawStatement): Directive | undefined {
  const key = firstInField(raw.pieces, 'key');
  if (!key || key.missing) return undefined;
  const keyArg = toArgument(key);
  let count = 0;
  for (const piece of raw.pieces) if (piece.field === 'value' && !piece.missing) count++;
  const values = new Array<Argument>(count);
  let i = 0;
  for (const piece of raw.pieces) if (piece.field === 'value' && !piece.missing) values[i++] = toArgument(piece);
  return {
    kind: 'directive',
    name: keyArg.value,
    nameSpan: key.span,
    args: values,
    isEntry: true,
    terminated: !semicolonIsMissing(raw.pieces),
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
