import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Pins facts in the generated nginx knowledge files (see scripts/knowledge/).

const root = join(__dirname, '..', '..', '..');
const knowledgeDir = join(root, 'server', 'src', 'core', 'dialects', 'nginx', 'knowledge');
const sourcesDir = join(root, '.toolchain', 'sources', 'nginx-knowledge');

interface Directive {
  name: string;
  module: string;
  subsystem: string | null;
  moduleKind: 'core' | 'dynamic' | 'unbuilt';
  debianPackage?: string | null;
  soFile?: string;
  sourcePackage: string;
  contexts: string[];
  args: { min: number | null; max: number | null; flag?: true; block?: true; counts?: number[] };
  handler: string;
  enumValues?: string[];
  bitmaskValues?: string[];
  bounds?: { min: number | string | null; max: number | string | null };
  conditions?: string[];
  sourceFile: string;
  sourceLine: number;
}

interface Variable {
  name: string;
  prefix: boolean;
  module: string | null;
  subsystem: string;
  moduleKind?: string;
  changeable?: true;
  input?: true;
  sourceFile: string;
  sourceLine: number;
}

interface DocFact {
  name: string;
  docModule: string;
  subsystem: string;
  syntax: string[];
  default: string | null;
  contexts: string[];
  since: string | null;
  url: string | null;
}

const load = <T>(file: string): T => JSON.parse(readFileSync(join(knowledgeDir, file), 'utf8')) as T;
const directives = load<Directive[]>('directives.json');
const variables = load<Variable[]>('variables.json');

function one(name: string, module: string): Directive {
  const hits = directives.filter((d) => d.name === name && d.module === module);
  assert.equal(hits.length, 1, `${name} in ${module}`);
  return hits[0];
}

test('proxy_pass: location, if in location and limit_except, exactly one argument', () => {
  const d = one('proxy_pass', 'ngx_http_proxy_module');
  assert.deepEqual(d.contexts, ['location', 'if-in-location', 'limit_except']);
  assert.deepEqual(d.args, { min: 1, max: 1 });
  assert.equal(d.moduleKind, 'core');
  assert.equal(d.debianPackage, 'nginx');
  assert.equal(d.sourceFile, 'nginx/src/http/modules/ngx_http_proxy_module.c');
});

test('server_name (http) takes one or more arguments and is server-only', () => {
  const d = one('server_name', 'ngx_http_core_module');
  assert.deepEqual(d.contexts, ['server']);
  assert.equal(d.args.min, 1);
  assert.equal(d.args.max, null);
});

test('worker_processes is main-only', () => {
  const d = one('worker_processes', 'ngx_core_module');
  assert.deepEqual(d.contexts, ['main']);
  assert.deepEqual(d.args, { min: 1, max: 1 });
});

test('enum and bitmask values come from the post tables', () => {
  const v = one('proxy_http_version', 'ngx_http_proxy_module');
  assert.equal(v.handler, 'ngx_conf_set_enum_slot');
  assert.deepEqual(v.enumValues, ['1.0', '1.1']);
  const p = one('ssl_protocols', 'ngx_http_ssl_module');
  assert.equal(p.handler, 'ngx_conf_set_bitmask_slot');
  assert.ok(p.bitmaskValues?.includes('TLSv1.3'));
  assert.deepEqual(one('gzip_comp_level', 'ngx_http_gzip_filter_module').bounds, { min: 1, max: 9 });
});

test('flags, blocks and argument ranges decode as ngx_conf_handler() reads them', () => {
  assert.deepEqual(one('gzip', 'ngx_http_gzip_filter_module').args, { min: 1, max: 1, flag: true });
  assert.deepEqual(one('location', 'ngx_http_core_module').args, { min: 1, max: 2, block: true });
  assert.deepEqual(one('http', 'ngx_http_module').args, { min: 0, max: 0, block: true });
  assert.deepEqual(one('include', 'ngx_conf_module').contexts, ['any']);
  assert.deepEqual(one('worker_connections', 'ngx_event_core_module').contexts, ['events']);
  assert.deepEqual(one('js_import', 'ngx_http_js_module').args, { min: 1, max: 3, counts: [1, 3] });
});

test('modules Debian builds as .so files are marked dynamic with their package', () => {
  const s = one('proxy_pass', 'ngx_stream_proxy_module');
  assert.equal(s.moduleKind, 'dynamic');
  assert.equal(s.soFile, 'ngx_stream_module.so');
  assert.equal(s.debianPackage, 'libnginx-mod-stream');
  assert.deepEqual(s.contexts, ['stream-server']);
  const lua = one('content_by_lua_block', 'ngx_http_lua_module');
  assert.equal(lua.moduleKind, 'dynamic');
  assert.equal(lua.debianPackage, 'libnginx-mod-http-lua');
  assert.deepEqual(lua.contexts, ['location', 'if-in-location']);
  assert.equal(one('more_set_headers', 'ngx_http_headers_more_filter_module').debianPackage, 'libnginx-mod-http-headers-more-filter');
  assert.equal(one('upstream_list', 'ndk_http_module').soFile, 'ndk_http_module.so');
  assert.equal(one('rtmp', 'ngx_rtmp_module').debianPackage, 'libnginx-mod-rtmp');
  assert.equal(one('degradation', 'ngx_http_degradation_module').moduleKind, 'unbuilt');
});

test('every Debian module package contributes directives', () => {
  const pkgs = new Set(directives.map((d) => d.sourcePackage));
  for (const p of ['nginx', 'libnginx-mod-http-lua', 'libnginx-mod-http-headers-more-filter', 'libnginx-mod-http-echo',
    'libnginx-mod-http-geoip2', 'libnginx-mod-http-ndk', 'libnginx-mod-http-subs-filter', 'libnginx-mod-http-uploadprogress',
    'libnginx-mod-http-cache-purge', 'libnginx-mod-http-dav-ext', 'libnginx-mod-http-fancyindex', 'libnginx-mod-http-auth-pam',
    'libnginx-mod-nchan', 'libnginx-mod-rtmp', 'libnginx-mod-js']) {
    assert.ok(pkgs.has(p), p);
  }
});

test('at least 600 directive names, sorted by name then module', () => {
  assert.ok(new Set(directives.map((d) => d.name)).size >= 600);
  for (let i = 1; i < directives.length; i++) {
    const a = directives[i - 1];
    const b = directives[i];
    assert.ok(a.name < b.name || (a.name === b.name && a.module <= b.module), `${a.name}/${a.module} before ${b.name}/${b.module}`);
  }
  for (const d of directives) {
    assert.ok(d.contexts.length > 0, `${d.name} has contexts`);
    assert.ok(d.args.min !== null, `${d.name} has an argument rule`);
  }
});

test('variables: $host exists and http_ is a prefix family', () => {
  const host = variables.find((v) => v.name === 'host' && v.subsystem === 'http');
  assert.ok(host);
  assert.equal(host.prefix, false);
  assert.equal(host.module, 'ngx_http_core_module');
  const httpPrefix = variables.find((v) => v.name === 'http_');
  assert.ok(httpPrefix?.prefix);
  for (const p of ['sent_http_', 'cookie_', 'arg_', 'upstream_http_']) {
    assert.ok(variables.some((v) => v.name === p && v.prefix), p);
  }
  assert.ok(variables.some((v) => v.name === 'remote_addr' && v.subsystem === 'stream'));
  assert.ok(variables.some((v) => v.name === 'gzip_ratio' && v.module === 'ngx_http_gzip_filter_module'));
});

test('documentation facts carry syntax, default, since and URL', () => {
  const facts = load<{ source: { repository: string; commit: string }; directives: DocFact[] }>('facts.json');
  assert.equal(facts.source.repository, 'https://github.com/nginx/nginx.org');
  assert.match(facts.source.commit, /^[0-9a-f]{40}$/);
  const v = facts.directives.find((f) => f.name === 'proxy_http_version');
  assert.ok(v);
  assert.deepEqual(v.syntax, ['1.0 | 1.1']);
  assert.equal(v.default, '1.0');
  assert.equal(v.since, '1.1.4');
  assert.equal(v.url, 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_http_version');
  const wp = facts.directives.find((f) => f.name === 'worker_processes');
  assert.equal(wp?.default, '1');
});

function haveTrees(): boolean {
  return existsSync(join(sourcesDir, 'trees', 'nginx', 'src', 'core', 'nginx.h'))
    && existsSync(join(sourcesDir, 'trees', 'nginx.origin.json'));
}

test('re-extracting from the Debian sources reproduces the committed files byte for byte', (t) => {
  if (!haveTrees()) {
    // Some module sources come from upstream git (Debian's mirror lacks them), which CI cannot
    // reach, so this check runs wherever the sources were fetched and is skipped elsewhere.
    t.skip('Debian sources not fetched (node scripts/knowledge/extract-nginx.mjs fetches them)');
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'nginx-knowledge-'));
  try {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'knowledge', 'extract-nginx.mjs'), '--offline', '--quiet', '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    for (const f of ['directives.json', 'variables.json', 'sources.json']) {
      assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(knowledgeDir, f))), `${f} differs from a fresh extraction`);
    }
    const docsGit = join(sourcesDir, 'git', 'nginx+nginx.org.git');
    if (existsSync(docsGit)) {
      const d = spawnSync(process.execPath, [join(root, 'scripts', 'knowledge', 'extract-nginx-docs-facts.mjs'), '--docs-git', docsGit, '--out', out], { encoding: 'utf8' });
      assert.equal(d.status, 0, d.stderr);
      assert.ok(readFileSync(join(out, 'facts.json')).equals(readFileSync(join(knowledgeDir, 'facts.json'))), 'facts.json differs from a fresh extraction');
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
