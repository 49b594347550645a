/**
 * Request explainer budgets: one request ≤ 1 ms (p95) on a 1,000-location configuration, and
 * batch mode ≥ 20,000 requests/s through the same function `switchyard explain --batch` uses
 * (process start and reading the configuration excluded: they happen once per batch).
 */
import { performance } from 'node:perf_hooks';
import { loadFastestParsers } from '../server/src/core/parse/parserHost';
import { loadIncludeGraph } from '../server/src/core/workspace/loadConfigs';
import { packs } from '../server/src/core/dialects/registry';
import type { ConfigSource } from '../server/src/core/workspace/configSource';
import { requestFromBatchLine } from '../server/src/core/analysis/explain/requestSpec';
import { explainBatchLines } from '../server/src/cli/commands/explain';
import type { FileProbe } from '../server/src/core/analysis/explain/types';
import type { Report } from './lsp';

/** Deterministic numbers (a fixed-seed LCG), so every run measures the same config and requests. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SERVER_NAMES = [
  'server_name app.test www.app.test;',
  'server_name *.api.test;',
  'server_name static.*;',
  'server_name ~^(?<tenant>[a-z]+)\\.tenants\\.test$;',
  'server_name _;',
];

/** A location's handler: proxied with and without a URI part, returned, or static with try_files. */
function handlerLines(random: () => number, upstreams: number, regex = false): string[] {
  const pick = random();
  if (pick < 0.3) return [`proxy_pass http://backend${Math.floor(random() * upstreams)};`, 'proxy_set_header Host $host;'];
  // nginx refuses a proxy_pass URI part in a regex location.
  if (pick < 0.5) return [`proxy_pass http://127.0.0.1:${9000 + Math.floor(random() * 50)}${regex ? '' : `/v${Math.floor(random() * 3)}/`};`];
  if (pick < 0.7) return [`return 200 "block ${Math.floor(random() * 1e6)}";`];
  if (pick < 0.85) return ['root /srv/www;', 'try_files $uri $uri/ /index.html;'];
  return ['rewrite ^/(.*)$ /rewritten/$1 break;', 'proxy_pass http://backend0;'];
}

export interface RoutingBenchConfig {
  readonly text: string;
  readonly locations: number;
  /** Paths that hit the generated locations (and a few that miss), for building requests. */
  readonly paths: readonly string[];
}

/**
 * `locationCount` locations over five servers on one port: prefix, `^~`, `=`, case-sensitive and
 * caseless regexes, and prefix locations with nested ones (prefix and regex) inside.
 */
export function generateRoutingConfig(locationCount: number, seed = 1): RoutingBenchConfig {
  const random = seededRandom(seed);
  const upstreams = 8;
  const lines = ['events {}', 'http {', '    client_max_body_size 10m;'];
  for (let u = 0; u < upstreams; u++) lines.push(`    upstream backend${u} { server 127.0.0.1:${8100 + u}; }`);
  const paths: string[] = [];
  // Each server ends with a catch-all `location /`, counted in the total.
  const perServer = Math.ceil(locationCount / SERVER_NAMES.length) - 1;
  let written = 0;
  for (let s = 0; s < SERVER_NAMES.length; s++) {
    lines.push('    server {', `        listen 8080${s === SERVER_NAMES.length - 1 ? ' default_server' : ''};`, `        ${SERVER_NAMES[s]}`);
    const budget = Math.min(locationCount - (SERVER_NAMES.length - s), written + perServer);
    for (let k = 0; written < budget; k++) {
      const kind = k % 6;
      const body = handlerLines(random, upstreams, kind === 2 || kind === 3).map((l) => `            ${l}`);
      const base = `/s${s}/k${k}`;
      if (kind === 0) {
        lines.push(`        location = ${base} {`, ...body, '        }');
        paths.push(base);
      } else if (kind === 1) {
        lines.push(`        location ^~ ${base}/static/ {`, ...body, '        }');
        paths.push(`${base}/static/app.css`);
      } else if (kind === 2) {
        lines.push(`        location ~ ^${base}/item/(\\d+)$ {`, ...body, '        }');
        paths.push(`${base}/item/${Math.floor(random() * 1000)}`);
      } else if (kind === 3) {
        lines.push(`        location ~* ^${base}/.*\\.(png|jpg)$ {`, ...body, '        }');
        paths.push(`${base}/img/a.PNG`);
      } else if (kind === 4 && written + 3 <= budget) {
        // A prefix location with a nested prefix and a nested regex: three locations.
        lines.push(`        location ${base}/ {`, ...body, `            location ${base}/deep/ {`, '                return 204;', '            }');
        lines.push(`            location ~ \\.json$ {`, '                return 200 "json";', '            }', '        }');
        paths.push(`${base}/deep/x`, `${base}/a.json`, `${base}/other`);
        written += 2;
      } else {
        lines.push(`        location ${base}/ {`, ...body, '        }');
        paths.push(`${base}/page?q=${k}`);
      }
      written++;
    }
    lines.push('        location / {', '            return 404;', '        }', '    }');
    written++;
  }
  lines.push('}');
  paths.push('/', '/nowhere', '/s0/k0/', '/s1//k7/../k7/', '/s2/%6b12/');
  return { text: lines.join('\n') + '\n', locations: written, paths };
}

/** Hosts each generated server answers (by index in SERVER_NAMES), in several spellings. */
const SERVER_HOSTS: readonly (readonly string[])[] = [
  ['app.test', 'WWW.APP.TEST', 'app.test:8080', 'app.test.'],
  ['x.api.test', 'a.b.api.test'],
  ['static.example', 'static.example.org'],
  ['acme.tenants.test'],
  ['unknown.test'],
];
const ODD_HOSTS: readonly (string | null)[] = ['', null, 'unknown.test', '[::1]', 'bad..host'];

/** `count` batch lines over the config's paths, with varied Hosts, methods, versions and queries. */
export function generateRequestLines(config: RoutingBenchConfig, count: number, seed = 2): string[] {
  const random = seededRandom(seed);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = config.paths[Math.floor(random() * config.paths.length)] + (random() < 0.2 ? `${random() < 0.5 ? '?' : '&'}r=${i}` : '');
    // Mostly a Host of the server the path was written for; sometimes another or an odd one.
    const server = Number(/^\/s(\d)\//.exec(target)?.[1] ?? 4);
    const hosts = random() < 0.8 ? SERVER_HOSTS[server] : ODD_HOSTS;
    const host = hosts[Math.floor(random() * hosts.length)];
    const method = random() < 0.85 ? 'GET' : random() < 0.5 ? 'POST' : 'HEAD';
    const request: Record<string, unknown> = { url: `http://127.0.0.1:8080${target}`, host, method, files: random() < 0.5 ? 'missing' : 'exist' };
    if (random() < 0.1) request.version = 'HTTP/1.0';
    lines.push(JSON.stringify(request));
  }
  return lines;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const NO_FILES: FileProbe = { isFile: () => false, isDirectory: () => false };

export async function runExplainBench(report: Report): Promise<void> {
  const pack = packs.nginx;
  const explainer = pack.requestExplainer;
  if (!explainer) {
    console.log('(nginx request explainer not available: explain figures skipped)');
    return;
  }
  const config = generateRoutingConfig(1000);
  const root = '/bench/explain/nginx.conf';
  const source: ConfigSource = { readText: (p) => (p === root ? config.text : undefined), listFolder: () => undefined, isFile: (p) => p === root };
  const parsers = await loadFastestParsers();

  const prepareStart = performance.now();
  const prepared = explainer.prepare(loadIncludeGraph(root, pack, parsers, source), root);
  report(`explain: read + prepare the ${config.locations}-location config`, `${(performance.now() - prepareStart).toFixed(0)} ms`);

  const lines = generateRequestLines(config, 5000);
  const requests = lines.map((line) => requestFromBatchLine(line));
  for (const request of requests.slice(0, 500)) prepared.explain(request, NO_FILES); // warm-up
  const times: number[] = [];
  for (const request of requests) {
    const start = performance.now();
    prepared.explain(request, NO_FILES);
    times.push(performance.now() - start);
  }
  const p95 = percentile(times, 95);
  report(`explain: per request p50/p95 (${config.locations} locations)`, `${percentile(times, 50).toFixed(3)}/${p95.toFixed(3)} ms`, '≤ 1 ms', p95 <= 1);

  // Batch: JSON line in → JSON line out, as `explain --batch` does, in chunks like stdin delivers;
  // the median of five passes over the requests, like the other figures.
  const chunk = 256;
  const passes: number[] = [];
  const perCpuSecond: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    let answered = 0;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < lines.length; i += chunk) answered += explainBatchLines(prepared, lines.slice(i, i + chunk), {}, NO_FILES).output.length;
    const cpu = process.cpuUsage(cpuStart);
    passes.push(answered / ((performance.now() - start) / 1000));
    perCpuSecond.push(answered / ((cpu.user + cpu.system) / 1e6));
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const perSecond = median(passes);
  report(`explain batch (--batch path, ${lines.length} requests)`, `${Math.round(perSecond).toLocaleString('en-US')} req/s`, '≥ 20,000 req/s', perSecond >= 20_000);
  // On a busy machine wall time includes waiting for a core; CPU time (all threads, GC included) does not.
  report(`  per CPU-second (for comparison on a shared machine)`, `${Math.round(median(perCpuSecond)).toLocaleString('en-US')} req/s`);
}
