/** How many situations one statement keeps results for (a snippet included from many kinds of places). */
const MAX_SITUATIONS = 8;

/**
 * Results computed for a statement (or a file) read in some situation, kept as long as the object
 * lives. A document's model keeps its unchanged statements from one edit to the next (see
 * ParsedDocument), so after a keystroke only what the edit rebuilt is computed again. Situations
 * are compared by identity (callers intern them); each result knows its own situation.
 */
export class SituatedMemo<Key extends object, Situation, Value> {
  private readonly entries = new WeakMap<Key, Value | Value[]>();

  constructor(private readonly situationOf: (value: Value) => Situation) {}

  get(key: Key, situation: Situation): Value | undefined {
    const found = this.entries.get(key);
    if (found === undefined) return undefined;
    if (!Array.isArray(found)) return this.situationOf(found) === situation ? found : undefined;
    return found.find((value) => this.situationOf(value) === situation);
  }

  set(key: Key, value: Value): void {
    const found = this.entries.get(key);
    const situation = this.situationOf(value);
    if (found === undefined || (!Array.isArray(found) && this.situationOf(found) === situation)) {
      this.entries.set(key, value);
      return;
    }
    const list = Array.isArray(found) ? found.filter((v) => this.situationOf(v) !== situation) : [found];
    if (list.length >= MAX_SITUATIONS) list.shift();
    list.push(value);
    this.entries.set(key, list);
  }
}
