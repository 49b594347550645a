/**
 * Deterministic synthetic nginx configs for benchmarks, shaped like the shared corpus of real
 * configs (about 16% blank lines, 14% comment lines, ~29 bytes per line), so that "100k lines"
 * means what it means in practice. `npm run bench` prints the generated shape next to the figures.
 */
export function generateNginxConfig(targetLines: number): string {
  const out: string[] = ['worker_processes auto;', 'events { worker_connections 1024; }', '', 'http {'];
  let i = 0;
  while (out.length < targetLines - 1) {
    const port = 9000 + (i % 1000);
    out.push(
      `    # app ${i}: upstream pool and the virtual host in front of it`,
      `    upstream app${i}_backend {`,
      `        server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`,
      '        keepalive 16;',
      '    }',
      '',
      '    server {',
      `        listen ${10000 + (i % 50000)};`,
      `        server_name app${i}.example.test;`,
      '',
      '        # everything dynamic goes to the application servers',
      '        location / {',
      `            proxy_pass http://app${i}_backend;`,
      '            proxy_set_header Host $host;',
      '            include proxy_params;',
      '        }',
      '',
      '        # static assets are served straight from disk, cached for an hour',
      `        location ~* \\.(css|js|png|svg)$ {`,
      `            root /srv/app${i}/public;`,
      '            expires 1h;',
      '            add_header Cache-Control "public, max-age=3600";',
      '        }',
      '',
      '        # health checks from the load balancer',
      '        location = /health { access_log off; return 204; }',
      '    }',
      '',
    );
    i++;
  }
  out.push('}');
  return out.join('\n') + '\n';
}

/** Line statistics of a config, to compare generated input with real ones. */
export function lineShape(text: string): { lines: number; bytesPerLine: number; blank: number; comments: number } {
  const lines = text.split('\n');
  const trimmed = lines.map((l) => l.trim());
  return {
    lines: lines.length,
    bytesPerLine: Buffer.byteLength(text) / lines.length,
    blank: trimmed.filter((l) => l === '').length / lines.length,
    comments: trimmed.filter((l) => l.startsWith('#')).length / lines.length,
  };
}

export function generateCaddyfile(targetLines: number): string {
  const out: string[] = ['{', '\tadmin off', '}'];
  let i = 0;
  while (out.length < targetLines) {
    out.push(
      `app${i}.example.test, www.app${i}.example.test {`,
      '\t@api path /api/*',
      `\treverse_proxy @api 127.0.0.1:${9000 + (i % 1000)}`,
      `\theader X-App "app ${i} {host}"`,
      '\tfile_server',
      '}',
    );
    i++;
  }
  return out.join('\n') + '\n';
}
