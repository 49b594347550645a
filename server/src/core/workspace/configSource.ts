/** File access for the workspace graph; the CLI and the server give it the real file system. */
export interface ConfigSource {
  /** The file's text, or undefined when it does not exist or is not a readable file. */
  readText(path: string): string | undefined;
  /** Entries of a folder (names only), or undefined when it is not a folder. */
  listFolder(path: string): readonly string[] | undefined;
  isFile(path: string): boolean;
}
