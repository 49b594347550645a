/** A replacement of [startIndex, endIndex) of a text, in string indices. */
export interface TextReplacement {
  readonly startIndex: number;
  readonly endIndex: number;
  readonly newText: string;
}

/**
 * The smallest single replacement that turns `before` into `after` (common head and tail kept),
 * so that an editor keeps its cursor, folds and marks outside the changed part. Undefined when
 * the texts are equal. Never splits a CR LF pair or a surrogate pair.
 */
export function minimalReplacement(before: string, after: string, offset = 0): TextReplacement | undefined {
  if (before === after) return undefined;
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  while (head > 0 && splitsPair(before, head)) head--;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  while (tail > 0 && splitsPair(before, before.length - tail)) tail--;
  return { startIndex: offset + head, endIndex: offset + before.length - tail, newText: after.slice(head, after.length - tail) };
}

function splitsPair(text: string, index: number): boolean {
  const previous = text.charCodeAt(index - 1);
  const next = text.charCodeAt(index);
  return (previous === 13 && next === 10) || (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}
