/**
 * Whole blocks people write again and again, offered next to the directive they start with:
 * a TLS server, the HTTP → HTTPS redirect server, an upstream with keepalive connections, a
 * reverse-proxy location that also passes WebSocket upgrades, and the map that WebSocket
 * proxying needs for its `Connection` header.
 */
import type { CompletionEntry } from '../../../analysis/assist';
import type { NginxContext } from '../knowledge';

interface BlockSnippet {
  /** The directive the snippet starts with: what a user types to find it. */
  readonly starts: string;
  readonly label: string;
  readonly detail: string;
  readonly contexts: readonly NginxContext[];
  body(options: SnippetOptions): string;
}

export interface SnippetOptions {
  /** Whether a `$connection_upgrade` variable is defined (by the usual map), so WebSocket proxying can use it. */
  readonly connectionUpgradeDefined: () => boolean;
}

const SNIPPETS: readonly BlockSnippet[] = [
  {
    starts: 'server',
    label: 'server (TLS)',
    detail: 'HTTPS server: listen 443 ssl http2, certificate, key, protocols',
    contexts: ['http'],
    body: () =>
      [
        'server {',
        '\tlisten 443 ssl http2;',
        '\tlisten [::]:443 ssl http2;',
        '\tserver_name ${1:example.com};',
        '',
        '\tssl_certificate ${2:/etc/letsencrypt/live/$1/fullchain.pem};',
        '\tssl_certificate_key ${3:/etc/letsencrypt/live/$1/privkey.pem};',
        '\tssl_protocols TLSv1.2 TLSv1.3;',
        '',
        '\tlocation / {',
        '\t\t$0',
        '\t}',
        '}',
      ].join('\n'),
  },
  {
    starts: 'server',
    label: 'server (redirect to HTTPS)',
    detail: 'port 80 server that sends every request to https://',
    contexts: ['http'],
    body: () => ['server {', '\tlisten 80;', '\tlisten [::]:80;', '\tserver_name ${1:example.com};', '\treturn 301 https://\\$host\\$request_uri;', '}'].join('\n'),
  },
  {
    starts: 'upstream',
    label: 'upstream (keepalive)',
    detail: 'backend pool reusing connections; proxy with HTTP/1.1 and an empty Connection header',
    contexts: ['http'],
    body: () => ['upstream ${1:backend} {', '\tserver ${2:127.0.0.1:8080};', '\tkeepalive ${3:32};', '}'].join('\n'),
  },
  {
    starts: 'location',
    label: 'location (reverse proxy + WebSocket)',
    detail: 'proxy_pass with forwarded headers and Upgrade/Connection for WebSocket',
    contexts: ['server', 'location'],
    body: ({ connectionUpgradeDefined }) =>
      [
        'location ${1:/} {',
        '\tproxy_pass http://${2:backend};',
        '\tproxy_http_version 1.1;',
        '\tproxy_set_header Host \\$host;',
        '\tproxy_set_header X-Real-IP \\$remote_addr;',
        '\tproxy_set_header X-Forwarded-For \\$proxy_add_x_forwarded_for;',
        '\tproxy_set_header X-Forwarded-Proto \\$scheme;',
        '\tproxy_set_header Upgrade \\$http_upgrade;',
        // Without the map, "upgrade" on every request would also disable upstream keepalive.
        connectionUpgradeDefined() ? '\tproxy_set_header Connection \\$connection_upgrade;' : '\tproxy_set_header Connection "upgrade";',
        '\tproxy_read_timeout ${3:60s};$0',
        '}',
      ].join('\n'),
  },
  {
    starts: 'map',
    label: 'map ($connection_upgrade for WebSocket)',
    detail: 'Connection: upgrade for WebSocket requests, close otherwise',
    contexts: ['http'],
    body: () => ['map \\$http_upgrade \\$connection_upgrade {', "\tdefault upgrade;", "\t'' close;", '}'].join('\n'),
  },
];

/** Snippets that may start a statement in `contexts` (all of them when unknown), ranked next to their directive. */
export function blockSnippetEntries(contexts: readonly NginxContext[], rankOf: (directive: string) => number, options: SnippetOptions): CompletionEntry[] {
  return SNIPPETS.filter((s) => contexts.length === 0 || s.contexts.some((c) => contexts.includes(c))).map((s, i) => ({
    label: s.label,
    category: 'snippet',
    detail: s.detail,
    insertText: s.body(options),
    snippet: true,
    filterText: s.starts,
    // Right after the directive itself, in the order above.
    rank: rankOf(s.starts) + 0.1 + i / 100,
  }));
}
