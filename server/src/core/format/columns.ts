/** Visual column of `index` in its line, a tab advancing to the next multiple of `tabSize`. */
export function columnOf(text: string, index: number, tabSize: number): number {
  let column = 0;
  for (let i = text.lastIndexOf('\n', index - 1) + 1; i < index; i++) {
    column = text.charCodeAt(i) === 9 ? column - (column % tabSize) + tabSize : column + 1;
  }
  return column;
}
