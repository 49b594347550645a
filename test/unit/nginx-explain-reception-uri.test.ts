import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturesDir } from '../support/parse';
import { parseRequestLine, routedUri } from '../../server/src/core/dialects/nginx/routing/requestTarget';

/** Request targets with what nginx 1.22.1 answered for them ($uri|$args|$request_uri, or the status). */
interface UriCase {
  readonly target: string;
  readonly mergeSlashes: boolean;
  readonly status: number;
  readonly uri?: string;
  readonly args?: string;
  readonly requestUri?: string;
}

const cases: UriCase[] = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'explain', 'reception', 'uri-cases.json'), 'utf8'));

function route(target: string, mergeSlashes: boolean): { status: number; uri?: string; args?: string; requestUri?: string } {
  const line = parseRequestLine(`GET ${target} HTTP/1.1\r\n`);
  if (!line.ok) return { status: line.status };
  const routed = routedUri(line, mergeSlashes);
  if ('error' in routed) return { status: 400 };
  return { status: 200, uri: routed.uri, args: routed.args, requestUri: routed.requestUri };
}

test('request targets route to the $uri, $args and $request_uri nginx 1.22.1 gave (recorded)', () => {
  assert.ok(cases.length > 50);
  for (const c of cases) {
    const expected = c.status === 200 ? { status: 200, uri: c.uri, args: c.args, requestUri: c.requestUri } : { status: c.status };
    assert.deepEqual(route(c.target, c.mergeSlashes), expected, `${JSON.stringify(c.target)} merge_slashes ${c.mergeSlashes ? 'on' : 'off'}`);
  }
});

test('the URI flags follow the raw path: %, + and %2B, and an empty path with a query', () => {
  const flags = (target: string) => {
    const line = parseRequestLine(`GET ${target} HTTP/1.1\r\n`);
    assert.ok(line.ok);
    const routed = routedUri(line, true);
    assert.ok(!('error' in routed));
    return [routed.quotedUri, routed.plusInUri, routed.validUnparsedUri];
  };
  assert.deepEqual(flags('/a%20b?x=%41'), [true, false, true]);
  assert.deepEqual(flags('/a?x=%41+'), [false, false, true]);
  assert.deepEqual(flags('/a%2Bb'), [true, true, true]);
  assert.deepEqual(flags('http://h?x'), [false, false, false]);
});
