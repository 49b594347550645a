import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RequestSpecError, requestFromBatchLine, requestFromUrl } from '../../server/src/core/analysis/explain/requestSpec';

test('the request target is taken byte for byte after the authority', () => {
  const request = requestFromUrl('http://127.0.0.1:8080//a/../b/%2e%2E/./c?x=1&y=%20#frag');
  assert.equal(request.target, '//a/../b/%2e%2E/./c?x=1&y=%20#frag');
  assert.equal(request.address, '127.0.0.1');
  assert.equal(request.port, 8080);
});

test('a target with spaces and backslashes is kept as written', () => {
  assert.equal(requestFromUrl('http://127.0.0.1/a b\\c').target, '/a b\\c');
});

test('an empty target is / and a bare query gets its slash, as curl sends them', () => {
  assert.equal(requestFromUrl('http://127.0.0.1:81').target, '/');
  assert.equal(requestFromUrl('http://127.0.0.1:81?q').target, '/?q');
});

test('the default port is 80 for http and 443 for https', () => {
  assert.equal(requestFromUrl('http://10.0.0.5/').port, 80);
  const secure = requestFromUrl('HTTPS://10.0.0.5/');
  assert.equal(secure.port, 443);
  assert.equal(secure.scheme, 'https');
});

test('an IPv6 address is written in brackets and read without them', () => {
  const request = requestFromUrl('http://[::1]:8080/x');
  assert.equal(request.address, '::1');
  assert.equal(request.port, 8080);
  assert.equal(request.host, '[::1]:8080');
});

test('the Host header defaults to the authority exactly as written', () => {
  assert.equal(requestFromUrl('http://127.0.0.1:8080/').host, '127.0.0.1:8080');
  assert.equal(requestFromUrl('http://127.0.0.1/').host, '127.0.0.1');
  assert.equal(requestFromUrl('http://Example.TEST./').host, 'Example.TEST.');
});

test('a host name in the URL arrives on 127.0.0.1', () => {
  const request = requestFromUrl('http://app.example.test:8080/');
  assert.equal(request.address, '127.0.0.1');
  assert.equal(request.host, 'app.example.test:8080');
});

test('the host option replaces the Host header, null removes it, empty sends it empty', () => {
  assert.equal(requestFromUrl('http://127.0.0.1/', { host: 'ex.test' }).host, 'ex.test');
  assert.equal(requestFromUrl('http://127.0.0.1/', { host: null }).host, null);
  assert.equal(requestFromUrl('http://127.0.0.1/', { host: '' }).host, '');
});

test('a Host given as a header becomes the Host, like curl', () => {
  const request = requestFromUrl('http://127.0.0.1/', { headers: [['host', 'ex.test'], ['X-A', '1']] });
  assert.equal(request.host, 'ex.test');
  assert.deepEqual(request.headers, [['X-A', '1']]);
});

test('a Host both as an option and as a header is refused', () => {
  assert.throws(() => requestFromUrl('http://127.0.0.1/', { host: 'a', headers: [['Host', 'b']] }), RequestSpecError);
});

test('non-ASCII characters are sent as their UTF-8 bytes', () => {
  const request = requestFromUrl('http://127.0.0.1/café', { host: 'bücher.test' });
  assert.equal(request.target, '/caf\xc3\xa9');
  assert.equal(request.host, 'b\xc3\xbccher.test');
});

test('defaults: GET, HTTP/1.1, client 127.0.0.1, files looked up on this machine, no headers', () => {
  const request = requestFromUrl('http://127.0.0.1/');
  assert.deepEqual(
    { method: request.method, version: request.version, clientAddress: request.clientAddress, files: request.files, headers: request.headers },
    { method: 'GET', version: 'HTTP/1.1', clientAddress: '127.0.0.1', files: 'fs', headers: [] },
  );
});

test('the method is sent as given, not upper-cased', () => {
  assert.equal(requestFromUrl('http://127.0.0.1/', { method: 'get' }).method, 'get');
});

test('unusable URLs are refused with a message that says what to write', () => {
  const cases: [string, RegExp][] = [
    ['127.0.0.1/x', /must start with http:\/\//],
    ['ftp://127.0.0.1/', /must start with http:\/\//],
    ['http:///x', /no address/],
    ['http://127.0.0.1:0/', /not a port/],
    ['http://127.0.0.1:70000/', /not a port/],
    ['http://::1/', /in brackets/],
    ['http://[::1/', /unclosed/],
    ['http://[nothex]/', /not an IPv6/],
    ['http://user@127.0.0.1/', /user information/],
    ['http://127.0.0.1/a\r\nX: y', /line break/],
  ];
  for (const [url, message] of cases) assert.throws(() => requestFromUrl(url), message, url);
});

test('a bad client address, header or version is refused', () => {
  assert.throws(() => requestFromUrl('http://127.0.0.1/', { clientAddress: 'me' }), /client address/);
  assert.throws(() => requestFromUrl('http://127.0.0.1/', { headers: [['Bad Name', 'x']] }), /header name/);
  assert.throws(() => requestFromUrl('http://127.0.0.1/', { method: 'GE T' }), /not a method/);
});

test('a batch line with every field', () => {
  const request = requestFromBatchLine(
    '{"url": "http://127.0.0.1:8080//a/../b?x", "host": "ex.test", "method": "POST", "version": "HTTP/1.0", "headers": [["X-A", "1"]], "addr": "10.1.2.3", "files": "missing"}',
  );
  assert.deepEqual(request, {
    method: 'POST',
    version: 'HTTP/1.0',
    scheme: 'http',
    address: '127.0.0.1',
    port: 8080,
    target: '//a/../b?x',
    host: 'ex.test',
    headers: [['X-A', '1']],
    clientAddress: '10.1.2.3',
    files: 'missing',
  });
});

test('a batch line with "host": null sends no Host header', () => {
  assert.equal(requestFromBatchLine('{"url": "http://127.0.0.1/", "host": null}').host, null);
});

test('a batch line takes what it leaves out from the defaults', () => {
  assert.equal(requestFromBatchLine('{"url": "http://127.0.0.1/"}', { files: 'exist' }).files, 'exist');
  assert.equal(requestFromBatchLine('{"url": "http://127.0.0.1/", "files": "missing"}', { files: 'exist' }).files, 'missing');
});

test('bad batch lines say what is wrong', () => {
  const cases: [string, RegExp][] = [
    ['{"url": ', /not JSON/],
    ['["http://127.0.0.1/"]', /JSON object/],
    ['{}', /"url" is required/],
    ['{"url": "http://127.0.0.1/", "header": []}', /unknown field "header"/],
    ['{"url": "http://127.0.0.1/", "host": 5}', /"host" must be a string or null/],
    ['{"url": "http://127.0.0.1/", "version": "HTTP/2"}', /"version"/],
    ['{"url": "http://127.0.0.1/", "headers": [["X-A"]]}', /\[name, value\] pairs/],
    ['{"url": "http://127.0.0.1/", "files": "maybe"}', /"files"/],
    ['{"url": "http://127.0.0.1/", "method": 1}', /"method" must be a string/],
  ];
  for (const [line, message] of cases) assert.throws(() => requestFromBatchLine(line), message, line);
});
