/**
 * Which arguments name things defined elsewhere: `*_pass` an upstream (after the scheme it
 * accepts), `try_files` and `error_page` a `@named` location. Read from the cursor's tokens, so
 * that they work while the text around is still incomplete (navigation reads the model).
 */

/** The scheme prefixes each `*_pass` directive accepts before an address or upstream name. */
export const PASS_SCHEMES: Readonly<Record<string, readonly string[]>> = {
  proxy_pass: ['http://', 'https://'],
  grpc_pass: ['grpc://', 'grpcs://'],
  uwsgi_pass: ['uwsgi://', 'suwsgi://'],
  fastcgi_pass: [],
  scgi_pass: [],
  memcached_pass: [],
};

export function isPassDirective(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(PASS_SCHEMES, name);
}

/** The upstream a `*_pass` argument would name (its host part, when a plain word) and where it starts in the value. */
export function upstreamNameIn(value: string): { readonly name: string; readonly offset: number } | undefined {
  if (value.includes('$') || value.startsWith('unix:')) return undefined;
  const offset = /^[a-z]+:\/\//i.exec(value)?.[0].length ?? 0;
  const name = /^[A-Za-z0-9_.-]+/.exec(value.slice(offset))?.[0];
  return name ? { name, offset } : undefined;
}

/** Whether argument `index` of `directive` may name a `@location` (its earlier arguments given). */
export function takesNamedLocation(directive: string, index: number, previous: readonly string[]): boolean {
  switch (directive) {
    case 'try_files':
      return true;
    case 'error_page':
      // `error_page 404 500 [=code] uri|@name`: after at least one status code.
      return index >= 1 && previous.length >= 1;
    default:
      return false;
  }
}
