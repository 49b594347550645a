// What each grammar's test file shares: one snapshot test per fixture of that grammar, and the
// fixtures tokenized with it for the behaviour tests.
import { test } from 'node:test';
import { checkSnapshot, fixtureNames, readFixture, tokenize, type TokenizedLine } from './textmate';

/** Registers a test `<label> snapshot: <fixture>` for every fixture whose name matches `fixtureExt`. */
export function snapshotTests(label: string, scopeName: string, fixtureExt: RegExp): void {
  for (const name of fixtureNames(fixtureExt)) {
    test(`${label} snapshot: ${name}`, () => checkSnapshot(name, scopeName));
  }
}

/** Reads a fixture and tokenizes it with the grammar of `scopeName`. */
export function fixtureTokenizer(scopeName: string): (name: string) => Promise<TokenizedLine[]> {
  return async (name) => tokenize(scopeName, readFixture(name));
}
