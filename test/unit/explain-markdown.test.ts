import { test } from 'node:test';
import assert from 'node:assert/strict';
import { code, explanationMarkdown } from '../../server/src/core/analysis/explain/markdown';
import { requestFromUrl } from '../../server/src/core/analysis/explain/requestSpec';
import type { Explanation } from '../../server/src/core/analysis/explain/types';

const conf = '/etc/nginx/nginx.conf';
const app = '/etc/nginx/conf.d/app.conf';

/** A proxied request, shaped like the explainer's answer. */
const proxied: Explanation = {
  request: requestFromUrl('http://127.0.0.1:80/api/users?id=1', { host: 'app.example.test', files: 'missing' }),
  server: { file: app, line: 1, text: 'server' },
  location: { file: app, line: 9, text: 'location /api/' },
  steps: [
    { kind: 'listen', message: '`listen 80` accepts connections on 127.0.0.1:80', at: { file: app, line: 2, text: 'listen 80' } },
    { kind: 'location', message: 'prefix `/api/` is the longest prefix match; no regex matches' , at: { file: app, line: 9, text: 'location /api/' } },
    { kind: 'handler', message: 'proxied' },
  ],
  handler: { kind: 'proxy', at: { file: app, line: 10, text: 'proxy_pass http://app/' } },
  upstream: { url: 'http://app/users?id=1', uri: '/users?id=1', group: { name: 'app', file: conf, line: 6, text: 'upstream app' }, addresses: ['127.0.0.1:3000'] },
  response: {},
  effective: [
    { name: 'proxy_set_header', args: ['Host', '$host'], at: { file: app, line: 11, text: 'proxy_set_header Host $host' }, inherited: false },
    { name: 'client_max_body_size', args: ['10m'], at: { file: conf, line: 4, text: 'client_max_body_size 10m' }, inherited: true },
  ],
  warnings: ['`localhost` may resolve to ::1 first'],
};

const returned: Explanation = {
  request: requestFromUrl('http://127.0.0.1/old', { host: null }),
  steps: [{ kind: 'return', message: '`return 301` ends the request', at: { file: conf, line: 12, text: 'return 301 /new' } }],
  handler: { kind: 'return', at: { file: conf, line: 12, text: 'return 301 /new' } },
  response: { status: 301, location: 'http://127.0.0.1/new', body: 'moved\n' },
  effective: [],
  warnings: [],
};

test('the heading names the method, the raw target and the Host', () => {
  const markdown = explanationMarkdown(proxied);
  assert.equal(markdown.split('\n')[0], '# `GET /api/users?id=1` on `app.example.test`');
});

test('each step is numbered and names its file:line and statement', () => {
  const markdown = explanationMarkdown(proxied);
  assert.match(markdown, /^1\. `listen 80` accepts connections on 127\.0\.0\.1:80 — `\/etc\/nginx\/conf\.d\/app\.conf:2` `listen 80`$/m);
  assert.match(markdown, /^2\. prefix `\/api\/` is the longest prefix match; no regex matches — `\/etc\/nginx\/conf\.d\/app\.conf:9` `location \/api\/`$/m);
  assert.match(markdown, /^3\. proxied$/m);
});

test('paths are shown relative to the base folder when it holds them', () => {
  const markdown = explanationMarkdown(proxied, { baseFolder: '/etc/nginx' });
  assert.match(markdown, /— `conf\.d\/app\.conf:2` `listen 80`/);
  assert.match(markdown, /\| `client_max_body_size` \| `10m` \| `nginx\.conf:4` \| inherited \|/);
  assert.doesNotMatch(explanationMarkdown(proxied, { baseFolder: '/srv' }), /`conf\.d\/app\.conf/);
});

test('the upstream section gives the URL, the target sent, the group and the addresses dialled', () => {
  const markdown = explanationMarkdown(proxied);
  assert.match(markdown, /## Upstream\n\n- URL: `http:\/\/app\/users\?id=1`\n- Request target sent upstream: `\/users\?id=1`\n- Group: `app` — `\/etc\/nginx\/nginx\.conf:6` `upstream app`\n- Dials: `127\.0\.0\.1:3000`/);
});

test('a response the upstream decides says so', () => {
  assert.match(explanationMarkdown(proxied), /## Response\n\n- Status: decided by the upstream/);
});

test('the effective configuration is a table of directive, value, where and inherited', () => {
  const markdown = explanationMarkdown(proxied);
  assert.match(markdown, /\| directive \| value \| where \| inherited \|\n\|---\|---\|---\|---\|\n\| `proxy_set_header` \| `Host \$host` \| `\/etc\/nginx\/conf\.d\/app\.conf:11` \| own block \|/);
});

test('warnings are listed', () => {
  assert.match(explanationMarkdown(proxied), /## Warnings\n\n- ⚠ \*\*W1\*\* `localhost` may resolve to ::1 first/);
});

test('a redirect shows its status, Location and body, and no upstream section', () => {
  const markdown = explanationMarkdown(returned);
  assert.match(markdown, /- Status: 301\n- Location: `http:\/\/127\.0\.0\.1\/new`\n- Body:\n\n {2}```\n {2}moved\n {2}```/);
  assert.doesNotMatch(markdown, /## Upstream/);
  assert.doesNotMatch(markdown, /## Effective configuration/);
});

test('a request without a Host says so', () => {
  assert.match(explanationMarkdown(returned), /with no Host header/);
  assert.equal(explanationMarkdown(returned).split('\n')[0], '# `GET /old`');
});

test('raw bytes above ASCII are shown percent-escaped', () => {
  const request = requestFromUrl('http://127.0.0.1/café');
  assert.equal(explanationMarkdown({ ...returned, request }).split('\n')[0], '# `GET /caf%C3%A9` on `127.0.0.1`');
});

test('pipes in values are escaped in the table', () => {
  const effective = [{ name: 'if', args: ['($a|$b)'], at: { file: conf, line: 1, text: 'if' }, inherited: false }];
  assert.match(explanationMarkdown({ ...returned, effective }), /\| `\(\$a\\\|\$b\)` \|/);
});

test('inline code survives backticks inside it', () => {
  assert.equal(code('a`b'), '``a`b``');
  assert.equal(code('`x'), '`` `x ``');
});

test('a static file whose existence is unknown leaves the status to the file system', () => {
  const staticFile: Explanation = { ...returned, handler: { kind: 'static', file: '/srv/www/index.html' }, response: {} };
  const markdown = explanationMarkdown(staticFile);
  assert.match(markdown, /- Status: decided by the file system/);
  assert.match(markdown, /- File: `\/srv\/www\/index\.html`/);
});

test('a refused connection predicts no status', () => {
  assert.match(explanationMarkdown({ ...returned, handler: { kind: 'error' }, response: {} }), /- Status: none predicted \(see the steps\)/);
});

test('warnings come right after the request summary, before the steps', () => {
  const lines = explanationMarkdown(proxied).split('\n');
  assert.deepEqual(lines.slice(3, 8), ['', '## Warnings', '', '- ⚠ **W1** `localhost` may resolve to ::1 first', '']);
  assert.equal(lines[8], '## Steps');
});

test('without warnings the steps follow the summary directly', () => {
  const lines = explanationMarkdown(returned).split('\n');
  assert.equal(lines[4], '## Steps');
  assert.doesNotMatch(explanationMarkdown(returned), /## Warnings/);
});

test('a step message with line breaks and control bytes stays one list item', () => {
  const steps = [
    { kind: 'return' as const, message: 'first line\n\n# not a heading\r\n2. not an item\x1b[31m', at: { file: conf, line: 12, text: 'return 200 "a\nb"' } },
    { kind: 'response' as const, message: 'second' },
  ];
  const markdown = explanationMarkdown({ ...returned, steps, warnings: ['a\nwarning\x00'] });
  const items = markdown.split('\n').filter((l) => /^\d+\. /.test(l));
  assert.deepEqual(items, [
    '1. first line  # not a heading 2. not an item\\x1b[31m — `/etc/nginx/nginx.conf:12` `return 200 "a b"`',
    '2. second',
  ]);
  assert.match(markdown, /^- ⚠ \*\*W1\*\* a warning\\x00$/m);
  assert.doesNotMatch(markdown, /^# not a heading/m);
});

test('a warning step is marked in the list of steps', () => {
  const steps = [{ kind: 'warning' as const, message: 'the path is glued', at: { file: conf, line: 3, text: 'alias /srv' } }];
  assert.match(explanationMarkdown({ ...returned, steps }), /^1\. ⚠ the path is glued — `\/etc\/nginx\/nginx\.conf:3` `alias \/srv`$/m);
});

test('a warning step that repeats a listed warning refers to it by its label', () => {
  const at = { file: conf, line: 3, text: 'alias /srv' };
  const markdown = explanationMarkdown({ ...returned, steps: [{ kind: 'warning', message: 'the path is glued', at }], warnings: ['the path is glued'] });
  assert.match(markdown, /^- ⚠ \*\*W1\*\* the path is glued$/m);
  assert.match(markdown, /^1\. ⚠ Warning \*\*W1\*\* \(above\) applies here\. — `\/etc\/nginx\/nginx\.conf:3` `alias \/srv`$/m);
});
