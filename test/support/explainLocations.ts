/**
 * Runner for the location-search case tables (each case: a server body and what real nginx answered
 * per request target), and a location tree built from a server body.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverOf } from './explainFixtures';
import { buildLocationTree, findLocation, type LocationMatch, type LocationTree } from '../../server/src/core/dialects/nginx/routing/locationTree';

export interface LocationCase {
  readonly name: string;
  /** The body of one `server` block. */
  readonly config: string;
  /** [request target (raw, percent-encoded), what nginx answers]. */
  readonly requests: readonly (readonly [string, string])[];
}

/** nginx decodes %XX before matching locations (the cases need no other normalisation). */
function decoded(target: string): string {
  return target.split('?')[0].replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** What nginx answers for the match: the `return` text with captures filled in, `301 /x/`, or `none`. */
function answerOf(match: LocationMatch, target: string): string {
  if (match.redirectToSlash) {
    const query = target.includes('?') ? '?' + target.split('?')[1] : '';
    return `301 ${match.redirectTarget}${query}`;
  }
  const final = match.chain[match.chain.length - 1];
  if (!final) return 'none';
  const ret = final.node.children?.find((c) => c.name === 'return');
  assert.ok(ret, `location ${final.pattern} has a return`);
  const text = ret.args[1];
  return text.replace(/\$(\d|[A-Za-z_]\w*)/g, (_, v: string) =>
    /^\d$/.test(v) ? (match.captures?.numbered[Number(v)] ?? '') : (match.captures?.named[v] ?? ''),
  );
}

/** One test per case: every request answers what nginx answered. */
export function locationCaseTests(cases: readonly LocationCase[]): void {
  for (const c of cases) {
    test(c.name, async () => {
      const tree = buildLocationTree(await serverOf(c.config));
      assert.deepEqual(tree.problems, []);
      for (const [target, expected] of c.requests) {
        const uri = target.startsWith('/') ? decoded(target) : target;
        assert.equal(answerOf(findLocation(tree, uri), target), expected, `request ${target}`);
      }
    });
  }
}

export async function treeOf(body: string): Promise<LocationTree> {
  return buildLocationTree(await serverOf(body));
}
