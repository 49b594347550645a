/**
 * How nginx matches a location name: case sensitivity, UTF-8 and percent-decoding, the auto redirect
 * to a name ending in "/", captures, named locations, `if` blocks and the tree order. Every case below
 * was checked against real nginx 1.22.1 (each location answers `return 200 "<label>"`; the label, with
 * $1.. and named captures filled in, is what nginx answered). `301 /x/` = nginx's auto redirect.
 *
 */
import { locationCaseTests, type LocationCase } from '../support/explainLocations';

// cases:begin (replayable against real nginx like .work/h3/verify-location-cases.mjs does)
const CASES: readonly LocationCase[] = [
  {
    name: 'prefix matching is case-sensitive',
    config: `
      location /A/ { return 200 "A"; }
      location / { return 200 "root"; }`,
    requests: [['/a/x', 'root'], ['/A/x', 'A']],
  },
  {
    name: '~* matches case-insensitively and ~ does not',
    config: `
      location ~ \\.PNG$ { return 200 "sensitive"; }
      location ~* \\.png$ { return 200 "insensitive"; }`,
    requests: [['/x.PNG', 'sensitive'], ['/X.Png', 'insensitive'], ['/x.png', 'insensitive']],
  },
  {
    name: '~* folds ASCII letters only, not bytes of UTF-8 letters',
    config: `
      location ~* é { return 200 "e-acute"; }
      location / { return 200 "root"; }`,
    requests: [['/%C3%A9', 'e-acute'], ['/%C3%89', 'root']],
  },
  {
    name: 'a prefix location ending in / with proxy_pass redirects the URI without the slash, before any regex',
    config: `
      location /app/ { proxy_pass http://127.0.0.1:9; return 200 "app/"; }
      location ~ ^/app$ { return 200 "regex"; }`,
    requests: [['/app', '301 /app/'], ['/app?x=1', '301 /app/?x=1'], ['/app/x', 'app/']],
  },
  {
    name: 'the auto redirect needs a *_pass handler',
    config: `
      location /app/ { return 200 "app/"; }
      location / { return 200 "root"; }`,
    requests: [['/app', 'root']],
  },
  {
    name: 'every *_pass handler enables the auto redirect',
    config: `
      location /f/ { fastcgi_pass 127.0.0.1:9; return 200 "f"; }
      location /u/ { uwsgi_pass 127.0.0.1:9; return 200 "u"; }
      location /s/ { scgi_pass 127.0.0.1:9; return 200 "s"; }
      location /m/ { set $memcached_key k; memcached_pass 127.0.0.1:9; return 200 "m"; }
      location /g/ { grpc_pass 127.0.0.1:9; return 200 "g"; }`,
    requests: [['/f', '301 /f/'], ['/u', '301 /u/'], ['/s', '301 /s/'], ['/m', '301 /m/'], ['/g', '301 /g/']],
  },
  {
    name: 'an exact location beats the auto redirect',
    config: `
      location = /app { return 200 "exact"; }
      location /app/ { proxy_pass http://127.0.0.1:9; return 200 "app/"; }`,
    requests: [['/app', 'exact']],
  },
  {
    name: 'an exact location ending in / with proxy_pass redirects too',
    config: `
      location = /app/ { proxy_pass http://127.0.0.1:9; return 200 "exact"; }
      location / { return 200 "root"; }`,
    requests: [['/app', '301 /app/'], ['/app/', 'exact']],
  },
  {
    name: 'a nested location can redirect to its slash',
    config: `
      location /a/ {
        location /a/b/ { proxy_pass http://127.0.0.1:9; return 200 "b/"; }
        return 200 "a/";
      }
      location ~ b { return 200 "regex"; }`,
    requests: [['/a/b', '301 /a/b/'], ['/a/b/', 'regex'], ['/a/c', 'a/']],
  },
  {
    name: 'the redirect target is the location name, URI-escaped',
    config: `
      location "/a b/" { proxy_pass http://127.0.0.1:9; return 200 "space"; }
      location /café/ { proxy_pass http://127.0.0.1:9; return 200 "cafe"; }
      location "/x{|}^/" { proxy_pass http://127.0.0.1:9; return 200 "braces"; }`,
    requests: [['/a%20b', '301 /a%20b/'], ['/caf%C3%A9', '301 /caf%C3%A9/'], ['/x%7B%7C%7D%5E', '301 /x%7B%7C%7D%5E/']],
  },
  {
    name: 'numbered and named captures come from the matching regex location',
    config: `
      location ~ ^/(\\w+)/(?<id>\\d+)$ { return 200 "user $1 $2 $id"; }`,
    requests: [['/user/42', 'user user 42 42']],
  },
  {
    name: 'captures come from the deepest regex location that matched',
    config: `
      location ~ ^/(a)/ {
        location ~ /(b)$ { return 200 "inner $1"; }
        return 200 "outer $1";
      }`,
    requests: [['/a/b', 'inner b'], ['/a/c', 'outer a']],
  },
  {
    name: 'an unset capture group is empty',
    config: `
      location ~ ^/(a)?(b)$ { return 200 "[$1][$2]"; }`,
    requests: [['/b', '[][b]'], ['/ab', '[a][b]']],
  },
  {
    name: 'prefix locations nested in a regex location are never searched',
    config: `
      location ~ /a {
        location /a/b { return 200 "nested prefix"; }
        location ~ /a/c { return 200 "nested regex"; }
        return 200 "regex";
      }`,
    requests: [['/a/b', 'regex'], ['/a/c', 'nested regex']],
  },
  {
    name: 'named locations never match a URI',
    config: `
      location @x { return 200 "named"; }
      location / { return 200 "root"; }`,
    requests: [['/@x', 'root']],
  },
  {
    name: 'if blocks do not take part in the location search',
    config: `
      if ($request_method = POST) { return 200 "server if"; }
      location /a/ {
        if ($request_method = POST) { return 200 "location if"; }
        location ~ \.php$ { return 200 "nested"; }
        return 200 "a/";
      }
      location ~ php { return 200 "outer"; }`,
    requests: [['/a/x.php', 'nested'], ['/a/x', 'a/'], ['/php', 'outer']],
  },
  {
    name: 'the tree search sorts / below every other byte',
    config: `
      location /a { return 200 "a"; }
      location /a- { return 200 "a-"; }
      location /a/ { return 200 "a/"; }
      location /a.b { return 200 "a.b"; }
      location /a-/x { return 200 "a-/x"; }
      location /ab { return 200 "ab"; }
      location /a! { return 200 "a!"; }`,
    requests: [['/a-/x', 'a-/x'], ['/a-b', 'a-'], ['/a/x', 'a/'], ['/a.bc', 'a.b'], ['/a!', 'a!'], ['/a.', 'a'], ['/abc', 'ab']],
  },
  {
    name: 'modifiers may be written glued to the name',
    config: `
      location =/a { return 200 "exact"; }
      location ^~/b { return 200 "noregex"; }
      location ~*\\.PHP$ { return 200 "regex"; }`,
    requests: [['/a', 'exact'], ['/b.php', 'noregex'], ['/c.php', 'regex']],
  },
  {
    name: 'a UTF-8 location name matches the percent-decoded bytes',
    config: `
      location /café/ { return 200 "cafe"; }
      location / { return 200 "root"; }`,
    requests: [['/caf%C3%A9/menu', 'cafe'], ['/caf%E9/menu', 'root']],
  },
];
// cases:end

locationCaseTests(CASES);
