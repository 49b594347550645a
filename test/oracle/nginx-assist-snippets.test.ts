import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CompletionEntry } from '../../server/src/core/analysis/assist';
import { blockSnippetEntries } from '../../server/src/core/dialects/nginx/assist/blockSnippets';
import { directiveEntries } from '../../server/src/core/dialects/nginx/assist/catalog';
import type { NginxContext } from '../../server/src/core/dialects/nginx/knowledge';

/** The text a snippet inserts when every placeholder keeps its default (the first choice of a choice list). */
function expand(snippet: string): string {
  let text = snippet;
  // Innermost placeholders first, so that defaults nesting other tab stops expand too.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

function nginxUnavailable(): string | undefined {
  if (spawnSync('nginx', ['-v']).status !== 0) return 'nginx is not installed';
  if (spawnSync('unshare', ['-n', '--', 'true']).status !== 0) return 'cannot create a network namespace (unshare -n needs root)';
  if (spawnSync('openssl', ['version']).status !== 0) return 'openssl is not installed';
  return undefined;
}

/** `nginx -t` on a main config whose http block holds `http` (prefix, logs and temp paths in `dir`). */
function nginxAccepts(dir: string, http: string): { ok: boolean; output: string } {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${dir}/${t};`).join('\n');
  const config = `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n    access_log off;\n${temp}\n${http}\n}\n`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), config);
  const run = spawnSync('unshare', ['-n', '--', 'sh', '-c', `ip link set lo up && nginx -t -p ${dir}/ -c ${dir}/nginx.conf -e ${dir}/error.log`], { encoding: 'utf8', timeout: 20_000 });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}\n${config}` };
}

function snippets(contexts: readonly NginxContext[], connectionUpgradeDefined: boolean): CompletionEntry[] {
  const directives = directiveEntries(contexts);
  return blockSnippetEntries(contexts, (name) => directives.find((d) => d.label === name)?.rank ?? 0, { connectionUpgradeDefined: () => connectionUpgradeDefined });
}

const skip = nginxUnavailable();

test('every block snippet, its placeholders at their defaults, is accepted by nginx -t', { skip }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchyard-snippets-'));
  try {
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=example.com', '-days', '1', '-keyout', key, '-out', cert], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const withTestCertificate = (text: string): string => text.replace(/ssl_certificate (\S+);/, `ssl_certificate ${cert};`).replace(/ssl_certificate_key (\S+);/, `ssl_certificate_key ${key};`);
    const backend = 'upstream backend {\n    server 127.0.0.1:20081;\n}\n';
    const checked: string[] = [];
    for (const entry of snippets(['http'], false)) {
      const block = withTestCertificate(expand(entry.insertText));
      const result = nginxAccepts(dir, block.startsWith('upstream') ? block : `${backend}${block}`);
      assert.ok(result.ok, `${entry.label}:\n${result.output}`);
      checked.push(entry.label);
    }
    for (const upgradeMap of [false, true]) {
      for (const entry of snippets(['server'], upgradeMap)) {
        const map = upgradeMap ? "map $http_upgrade $connection_upgrade {\n    default upgrade;\n    '' close;\n}\n" : '';
        const result = nginxAccepts(dir, `${backend}${map}server {\n    listen 20080;\n${expand(entry.insertText)}\n}\n`);
        assert.ok(result.ok, `${entry.label}:\n${result.output}`);
        checked.push(entry.label);
      }
    }
    assert.ok(checked.length >= 5, checked.join(', '));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
