/**
 * The nginx checks keep per-statement results between runs when asked to (`incremental`, what the
 * language server does on every keystroke). These tests edit documents the way an editor does
 * (ParsedDocument.applyChanges) and compare the incremental findings with a check from scratch of
 * the same models after every edit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wasmParsers } from '../support/parse';
import { memorySource } from '../support/nginxChecks';
import { seededRandom, type Random } from '../support/mutations';
import { ParsedDocument } from '../../server/src/core/document';
import { packs } from '../../server/src/core/dialects/registry';
import { directiveFindings, type CheckFinding } from '../../server/src/core/analysis/directiveChecks';
import { buildWorkspaceGraph, type WorkspaceGraph } from '../../server/src/core/workspace/includeGraph';
import { configLoader } from '../../server/src/core/workspace/loadConfigs';
import type { ConfigSource } from '../../server/src/core/workspace/configSource';
import type { Span } from '../../server/src/core/text/span';

const MAIN = '/virtual/nginx.conf';
const SITE = '/virtual/conf.d/site.conf';
const SHARED = '/virtual/shared.conf';
const SNIPPET = '/virtual/snippets/proxy.conf';

/** A configuration with something for every rule family, spread over included files. */
const FILES: Readonly<Record<string, string>> = {
  [MAIN]: `load_module modules/ngx_http_headers_more_filter_module.so;
events {}
http {
    log_format main '$remote_addr $site';
    map $host $site {
        default         a;
        ~^(?<sub>[^.]+)\\. $sub;
        b.example       b extra;
    }
    include conf.d/*.conf;
    include shared.conf;
    ssl_certificate /etc/ssl/a.pem;
}
`,
  [SITE]: `# the site
server {
    listen 80 default_server;
    server_name a.example .b.example;
    root /srv/a;
    root /srv/b;
    gzip maybe;
    more_set_headers "X-A: b";
    valid_referers none a.example a.example/x;
    access_log /var/log/a.log main;
    access_log /var/log/b.log missing;

    location / {
        include snippets/proxy.conf;
        location /api { return 200 $undefined_thing; }
        location /api { return 204; }
        location = /exact { location /x { } }
    }
    location ~ \\.php$ {
        fastcgi_pass php;
        proxy_pass http://backend/uri;
        if ($request_uri ~ ) { return 403; }
    }
    location @named { include snippets/proxy.conf; }
}

server {
    listen 80 default_server;
    listen 443 ssl;
    server_name a.example;
    lsten 8080;
    set $uri /x;
    limit_req_zone $binary_remote_addr zone=one:10m rate=1r/s;
    root /srv/c;
    root /srv/d;
    location /dup { }
    location /dup { }
}
`,
  [SHARED]: `limit_req_zone $binary_remote_addr zone=one:10m rate=1r/s;
upstream backend { server 127.0.0.1:8080; }
server { server_name a.example; }
`,
  [SNIPPET]: `proxy_set_header Host $host;
proxy_set_header X-Site $site;
proxy_set_header X-Typo $hots;
proxy_pass http://backend;
`,
};

/** What a finding says, spans as plain numbers (so that moved spans compare by where they are now). */
function described(findings: readonly CheckFinding[]): string[] {
  const span = (s: Span): unknown => ({ startIndex: s.startIndex, endIndex: s.endIndex, start: s.start, end: s.end });
  return findings.map((f) =>
    JSON.stringify({
      file: f.file,
      span: span(f.span),
      severity: f.severity,
      code: f.code,
      message: f.message,
      suggestion: f.suggestion,
      related: f.related?.map((r) => ({ file: r.file, span: span(r.span), message: r.message })),
    }),
  );
}

/** One configuration with one file open as a document, its graph kept across edits as the server keeps it. */
class EditedConfiguration {
  private graph: WorkspaceGraph;
  private readonly load: (p: string) => ReturnType<ReturnType<typeof configLoader>>;
  private readonly source: ConfigSource;

  private constructor(
    readonly doc: ParsedDocument,
    files: Readonly<Record<string, string>>,
    parsers: Awaited<ReturnType<typeof wasmParsers>>,
  ) {
    const disk = memorySource(files);
    this.source = { ...disk, readText: (p) => (p === doc.path ? doc.text : disk.readText(p)) };
    const fromDisk = configLoader(parsers, packs.nginx, this.source, new Map());
    this.load = (p) => (p === doc.path ? doc.model : fromDisk(p));
    this.graph = this.rebuilt();
  }

  static async open(path: string, files: Readonly<Record<string, string>> = FILES): Promise<EditedConfiguration> {
    const parsers = await wasmParsers();
    return new EditedConfiguration(new ParsedDocument(path, packs.nginx, parsers.forDialect('nginx'), files[path]), files, parsers);
  }

  private rebuilt(): WorkspaceGraph {
    return buildWorkspaceGraph([MAIN], packs.nginx, this.load, this.source);
  }

  /** Replaces [start, end) of the document's text; the graph keeps its edges unless `rebuild`. */
  edit(start: number, end: number, text: string, rebuild = false): void {
    const lines = this.doc.lineIndex;
    this.doc.applyChanges([{ start: lines.pointAt(start), end: lines.pointAt(end), text }]);
    if (rebuild) this.graph = this.rebuilt();
    else this.graph = { ...this.graph, files: new Map(this.graph.files).set(this.doc.path, this.doc.model) };
  }

  check(incremental: boolean, reportFiles?: ReadonlySet<string>): CheckFinding[] {
    return directiveFindings(packs.nginx, { graph: this.graph, roots: new Set([MAIN]), reportFiles, textOf: (p) => this.source.readText(p), incremental });
  }

  /** The incremental findings, checked against a check from scratch of the same models. */
  checkBoth(label: string, reportFiles?: ReadonlySet<string>): CheckFinding[] {
    const incremental = this.check(true, reportFiles);
    assert.deepEqual(described(incremental), described(this.check(false, reportFiles)), label);
    return incremental;
  }
}

/** What random typing inserts: statement pieces, braces and semicolons, names the rules know. */
const PIECES = [
  ';', '}', '{', ' ', '\n', '\n\n', 'x', '$', '#', '"', '~',
  'root /x;', 'listen 80 default_server;', 'server_name a.example;', 'set $v 1;', 'return 200 $v$nope;',
  'location /api { }', 'location ~ /a { proxy_pass http://b/c; }', 'if ($v) { return 200; }', 'valid_referers a.example;',
  'include snippets/proxy.conf;', 'access_log /x main;', 'log_format main x;', 'limit_req_zone $a zone=one:1m rate=1r/s;',
  'server { listen 80; }', 'upstream php { server 127.0.0.1:9000; }', 'gzip on;', 'more_set_headers "a: b";',
];

function randomEdit(random: Random, text: string): { start: number; end: number; insert: string } {
  const start = Math.floor(random() * (text.length + 1));
  const end = random() < 0.4 ? Math.min(text.length, start + Math.floor(random() * 16)) : start;
  const insert = random() < 0.8 ? PIECES[Math.floor(random() * PIECES.length)] : '';
  return { start, end, insert };
}

for (const seed of [1, 2, 3, 4, 5, 6]) {
  test(`random edits to an included document: incremental findings equal a check from scratch (seed ${seed})`, async () => {
    const config = await EditedConfiguration.open(SITE);
    const random = seededRandom(seed);
    let seen = config.checkBoth('before any edit').length;
    for (let step = 0; step < 60; step++) {
      const { start, end, insert } = randomEdit(random, config.doc.text);
      config.edit(start, end, insert, random() < 0.15);
      const wanted = step % 3 === 0 ? undefined : new Set([SITE]);
      seen += config.checkBoth(`seed ${seed}, step ${step}: [${start}, ${end}) ← ${JSON.stringify(insert)}`, wanted).length;
    }
    assert.ok(seen > 100, `the edits should keep the checks busy (${seen} findings in all)`);
  });
}

for (const seed of [7, 8, 9]) {
  test(`random edits to the main file and to a snippet: incremental findings equal a check from scratch (seed ${seed})`, async () => {
    for (const path of [MAIN, SNIPPET]) {
      const config = await EditedConfiguration.open(path);
      const random = seededRandom(seed);
      config.checkBoth('before any edit');
      for (let step = 0; step < 40; step++) {
        const { start, end, insert } = randomEdit(random, config.doc.text);
        config.edit(start, end, insert, random() < 0.15);
        config.checkBoth(`${path}, seed ${seed}, step ${step}: [${start}, ${end}) ← ${JSON.stringify(insert)}`);
      }
    }
  });
}

test('a kept finding follows its statement when lines are inserted above it', async () => {
  const config = await EditedConfiguration.open(SITE);
  const before = config.checkBoth('before').find((f) => f.code === 'nginx/invalid-flag');
  assert.ok(before, 'gzip maybe is an invalid flag');
  // (Read now: a kept finding's span is the statement's own, which the edit moves.)
  const { line, column } = before.span.start;
  const index = before.span.startIndex;
  // After the first line's comment: the server block itself is not touched, only moved.
  const at = config.doc.text.indexOf('\n');
  config.edit(at, at, '\n# a comment\n');
  const after = config.checkBoth('after').find((f) => f.code === 'nginx/invalid-flag');
  assert.deepEqual(after?.span.start, { line: line + 2, column });
  assert.equal(after?.span.startIndex, index + '\n# a comment\n'.length);
});

test("a duplicate's message names the first one's line as it is after an edit above both", async () => {
  const config = await EditedConfiguration.open(SITE);
  const message = (): string | undefined => config.checkBoth('check').find((f) => f.code === 'nginx/duplicate-directive' && f.message.startsWith("'root'"))?.message;
  assert.match(message() ?? '', /\(line 5\)/);
  const at = config.doc.text.indexOf('\n');
  config.edit(at, at, '\n\n\n');
  assert.match(message() ?? '', /\(line 8\)/);
});

test('an edit to an included snippet is seen where it is included, the including file unchanged', async () => {
  const config = await EditedConfiguration.open(SNIPPET);
  const typos = (): number => config.checkBoth('check').filter((f) => f.code === 'nginx/unknown-variable' && f.message.includes("'$hots'")).length;
  assert.equal(typos(), 1);
  const at = config.doc.text.indexOf('$hots');
  config.edit(at, at + '$hots'.length, '$host');
  assert.equal(typos(), 0);
});

test('a load_module removed from the main file makes its directives unknown again', async () => {
  const config = await EditedConfiguration.open(MAIN);
  const unknown = (): boolean => config.checkBoth('check').some((f) => f.code === 'nginx/unknown-directive' && f.message.includes('more_set_headers'));
  assert.equal(unknown(), false);
  const line = config.doc.text.indexOf('\n') + 1;
  config.edit(0, line, '');
  assert.equal(unknown(), true);
  config.edit(0, 0, 'load_module modules/ngx_http_headers_more_filter_module.so;\n');
  assert.equal(unknown(), false);
});

test('an include added to a block reads the snippet there on the next check', async () => {
  const config = await EditedConfiguration.open(SITE);
  const duplicates = (): CheckFinding[] => config.checkBoth('check').filter((f) => f.file === SNIPPET && f.code === 'nginx/duplicate-directive');
  assert.deepEqual(duplicates(), []);
  const at = config.doc.text.indexOf('        if ($request_uri');
  config.edit(at, at, '        include snippets/proxy.conf;\n', true);
  assert.match(duplicates()[0]?.message ?? '', /^'proxy_pass' is duplicate: this block already sets it \(site\.conf:21\)/);
});
