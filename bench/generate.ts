/** Deterministic synthetic nginx configs for benchmarks. */
export function generateNginxConfig(targetLines: number): string {
  const out: string[] = ['worker_processes auto;', 'events { worker_connections 1024; }', 'http {'];
  let i = 0;
  while (out.length < targetLines - 1) {
    out.push(
      `  upstream app${i} { server 127.0.0.1:${9000 + (i % 1000)}; keepalive 16; }`,
      '  server {',
      `    listen ${8000 + (i % 1000)};`,
      `    server_name app${i}.example.test *.app${i}.example.test;`,
      '    # proxy everything to the app, static files from disk',
      `    location / {`,
      `      proxy_pass http://app${i};`,
      '      proxy_set_header Host $host;',
      '      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
      '    }',
      `    location ~* "\\.(css|js|png){1,2}$" { root /srv/app${i}; expires 1h; }`,
      `    location = /health { return 200 "ok $request_id"; }`,
      '    if ($http_user_agent ~* "bot") { return 403; }',
      '  }',
    );
    i++;
  }
  out.push('}');
  return out.join('\n') + '\n';
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
