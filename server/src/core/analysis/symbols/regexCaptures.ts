/** A named group in a regular expression: its name and where the name sits in the pattern text. */
export interface NamedCapture {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

// PCRE spells a named group three ways: (?<name>…), (?P<name>…), (?'name'…). Lookbehinds
// (?<= and (?<! do not match because a name starts with a letter or an underscore.
const NAMED_GROUP = /\(\?(?:P?<([A-Za-z_][A-Za-z0-9_]*)>|'([A-Za-z_][A-Za-z0-9_]*)')/g;

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** The named groups of a PCRE pattern, skipping an escaped `\(`. */
export function namedCaptures(pattern: string): NamedCapture[] {
  if (!pattern.includes('(?')) return [];
  const found: NamedCapture[] = [];
  for (const match of pattern.matchAll(NAMED_GROUP)) {
    const at = match.index ?? 0;
    if (isEscaped(pattern, at)) continue;
    const name = match[1] ?? match[2];
    // The match ends with the name and one closing `>` or `'`.
    const from = at + match[0].length - name.length - 1;
    found.push({ name, from, to: from + name.length });
  }
  return found;
}
