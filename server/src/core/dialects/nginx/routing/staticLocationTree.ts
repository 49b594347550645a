/**
 * nginx's static location tree (ngx_http_init_static_location_trees, ngx_http_core_find_static_location):
 * exact and prefix locations sorted in file-name order, those sharing a prefix nested under it, each
 * list a balanced binary tree; the search returns the exact hit, the longest prefix, or a redirect to
 * the name with its trailing slash.
 */
import { utf8Bytes } from './pcre';
import type { LocationEntry, LocationProblem } from './locationTree';

/** Bytes nginx compares: config text is read as UTF-8. */
const bytesOf = utf8Bytes;

export interface StaticNode {
  /** The part of the name below the parent tree node (bytes as a latin1 string). */
  readonly name: string;
  readonly exact?: LocationEntry;
  readonly inclusive?: LocationEntry;
  readonly autoRedirect: boolean;
  readonly left?: StaticNode;
  readonly right?: StaticNode;
  /** Locations whose names continue this one. */
  readonly tree?: StaticNode;
}

interface QueueItem {
  readonly name: string;
  exact?: LocationEntry;
  inclusive?: LocationEntry;
  list: QueueItem[];
}

/** nginx's ngx_filename_cmp on a case-sensitive file system: bytes, but `/` sorts below every other byte. */
function filenameCmp(a: string, aFrom: number, b: string, bFrom: number, n: number): number {
  for (let k = 0; k < n; k++) {
    let c1 = aFrom + k < a.length ? a.charCodeAt(aFrom + k) : 0;
    let c2 = bFrom + k < b.length ? b.charCodeAt(bFrom + k) : 0;
    if (c1 === c2) {
      if (c1 === 0) return 0;
      continue;
    }
    if (c1 === 0 || c2 === 0) return c1 - c2;
    c1 = c1 === 0x2f ? 0 : c1;
    c2 = c2 === 0x2f ? 0 : c2;
    return c1 - c2;
  }
  return 0;
}

export function buildStaticTree(statics: readonly LocationEntry[], problems: LocationProblem[]): StaticNode | undefined {
  if (statics.length === 0) return undefined;
  const items: QueueItem[] = statics.map((e) =>
    e.modifier === '=' ? { name: bytesOf(e.pattern), exact: e, list: [] } : { name: bytesOf(e.pattern), inclusive: e, list: [] },
  );
  // ngx_http_cmp_locations: file-name order, an exact location before the same-named prefix one.
  items.sort((x, y) => {
    const rc = filenameCmp(x.name, 0, y.name, 0, Math.min(x.name.length, y.name.length) + 1);
    if (rc !== 0) return rc;
    if (x.exact && !y.exact) return -1;
    if (!x.exact && y.exact) return 1;
    return 0;
  });
  const joined = joinExactLocations(items, problems);
  return createTree(createLists(joined), 0);
}

/** `= /a` and `/a` share one tree node; two of the same kind are nginx's "duplicate location". */
function joinExactLocations(items: QueueItem[], problems: LocationProblem[]): QueueItem[] {
  const out: QueueItem[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.name === item.name) {
      const duplicate = (last.exact && item.exact) || (last.inclusive && item.inclusive);
      if (duplicate) {
        const entry = (item.exact ?? item.inclusive) as LocationEntry;
        problems.push({ message: `duplicate location "${entry.pattern}"`, at: entry.node.at });
        continue;
      }
      last.inclusive = item.inclusive;
      continue;
    }
    out.push(item);
  }
  return out;
}

/** ngx_http_create_locations_list: locations whose names start with a prefix location's name move into its list. */
function createLists(items: QueueItem[]): QueueItem[] {
  const out: QueueItem[] = [];
  let i = 0;
  while (i < items.length) {
    const q = items[i];
    out.push(q);
    if (!q.inclusive) {
      i++;
      continue;
    }
    let x = i + 1;
    while (x < items.length && items[x].name.length >= q.name.length && filenameCmp(q.name, 0, items[x].name, 0, q.name.length) === 0) x++;
    if (x > i + 1) q.list = createLists(items.slice(i + 1, x));
    i = x;
  }
  return out;
}

/** ngx_http_create_locations_tree: the middle item is the node, halves left and right, its list below. */
function createTree(items: readonly QueueItem[], prefix: number): StaticNode | undefined {
  if (items.length === 0) return undefined;
  const middle = items.length >> 1;
  const q = items[middle];
  const len = q.name.length - prefix;
  return {
    // nginx keeps a node's name length in one byte: a longer name part is compared cut to that length modulo 256.
    name: q.name.slice(prefix, prefix + (len & 0xff)),
    exact: q.exact,
    inclusive: q.inclusive,
    autoRedirect: (q.exact?.autoRedirect ?? false) || (q.inclusive?.autoRedirect ?? false),
    left: createTree(items.slice(0, middle), prefix),
    right: createTree(items.slice(middle + 1), prefix),
    tree: createTree(q.list, prefix + len),
  };
}

export type StaticResult =
  | { readonly rc: 'exact'; readonly entry: LocationEntry }
  | { readonly rc: 'redirect'; readonly entry: LocationEntry }
  | { readonly rc: 'inclusive'; readonly entry: LocationEntry }
  | { readonly rc: 'none' };

/** ngx_http_core_find_static_location. */
export function findStatic(root: StaticNode | undefined, uri: string): StaticResult {
  let node = root;
  let offset = 0;
  let len = uri.length;
  let result: StaticResult = { rc: 'none' };
  while (node) {
    const nodeLen = node.name.length;
    const n = len <= nodeLen ? len : nodeLen;
    // Only `n` bytes of the URI take part: nginx does not NUL-terminate it.
    const rc = filenameCmp(uri, offset, node.name, 0, n);
    if (rc !== 0) {
      node = rc < 0 ? node.left : node.right;
      continue;
    }
    if (len > nodeLen) {
      if (node.inclusive) {
        result = { rc: 'inclusive', entry: node.inclusive };
        offset += n;
        len -= n;
        node = node.tree;
        continue;
      }
      node = node.right; // exact only
      continue;
    }
    if (len === nodeLen) {
      if (node.exact) return { rc: 'exact', entry: node.exact };
      return { rc: 'inclusive', entry: node.inclusive as LocationEntry };
    }
    if (len + 1 === nodeLen && node.autoRedirect) {
      result = { rc: 'redirect', entry: (node.exact ?? node.inclusive) as LocationEntry };
    }
    node = node.left;
  }
  return result;
}
