/**
 * Which arguments completion fills with names defined elsewhere: `*_pass` takes an upstream
 * (after the scheme it accepts), `try_files` and `error_page` a `@named` location. Reading
 * existing references is navigation's job (`pack.navigation.mentions`).
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
