/**
 * Which nginx location handles a URI: exact, prefix, ^~ and regex precedence, nesting, and URIs no
 * location matches. Every case below was checked against real nginx 1.22.1 (each location answers
 * `return 200 "<label>"`; the label, with $1.. and named captures filled in, is what nginx answered).
 * `none` = no location matched.
 */
import { locationCaseTests, type LocationCase } from '../support/explainLocations';

// cases:begin (replayable against real nginx like .work/h3/verify-location-cases.mjs does)
const CASES: readonly LocationCase[] = [
  {
    name: 'an exact match wins over a prefix of the same name and over regexes',
    config: `
      location /a { return 200 "prefix"; }
      location ~ a { return 200 "regex"; }
      location = /a { return 200 "exact"; }`,
    requests: [['/a', 'exact'], ['/a/', 'regex'], ['/b', 'none']],
  },
  {
    name: 'the longest prefix wins whatever the config order',
    config: `
      location /a { return 200 "a"; }
      location /a/b/ { return 200 "a/b/"; }
      location /a/b { return 200 "a/b"; }
      location / { return 200 "root"; }`,
    requests: [['/a/b/c', 'a/b/'], ['/a/bc', 'a/b'], ['/ab', 'a'], ['/x', 'root']],
  },
  {
    name: 'a matching regex wins over the longest prefix',
    config: `
      location /img/ { return 200 "prefix"; }
      location ~ \\.png$ { return 200 "regex"; }`,
    requests: [['/img/x.png', 'regex'], ['/img/x.gif', 'prefix']],
  },
  {
    name: '^~ prefix stops the regex search',
    config: `
      location ^~ /img/ { return 200 "noregex"; }
      location ~ \\.png$ { return 200 "regex"; }`,
    requests: [['/img/x.png', 'noregex'], ['/other/x.png', 'regex']],
  },
  {
    name: '^~ stops the regex search only when it is the longest prefix',
    config: `
      location ^~ /img/ { return 200 "noregex"; }
      location /img/raw/ { return 200 "raw"; }
      location ~ \\.png$ { return 200 "regex"; }`,
    requests: [['/img/raw/x.png', 'regex'], ['/img/x.png', 'noregex']],
  },
  {
    name: 'regexes are tried in config order and the first match wins',
    config: `
      location ~ b { return 200 "b"; }
      location ~ a { return 200 "a"; }
      location ~* A { return 200 "A"; }`,
    requests: [['/ab', 'b'], ['/a', 'a'], ['/xA', 'A']],
  },
  {
    name: 'without a matching regex the longest prefix handles the request',
    config: `
      location / { return 200 "root"; }
      location ~ \\.php$ { return 200 "php"; }`,
    requests: [['/x.html', 'root'], ['/x.php', 'php']],
  },
  {
    name: 'nested regex inside the longest prefix is checked before outer regexes',
    config: `
      location /a/ {
        location ~ \\.php$ { return 200 "nested"; }
        return 200 "a";
      }
      location ~ ^/a/.*\\.php$ { return 200 "outer"; }`,
    requests: [['/a/x.php', 'nested'], ['/a/x.html', 'a'], ['/b/a/x.php', 'none']],
  },
  {
    name: 'an outer regex still beats the longest prefix when no nested regex matches',
    config: `
      location /a/ {
        location ~ \\.php$ { return 200 "nested"; }
        return 200 "a";
      }
      location ~ \\.html$ { return 200 "outer"; }`,
    requests: [['/a/x.html', 'outer'], ['/a/x', 'a']],
  },
  {
    name: 'nested prefix locations refine the match',
    config: `
      location /a/ {
        location /a/b/ { return 200 "a/b/"; }
        return 200 "a/";
      }`,
    requests: [['/a/b/c', 'a/b/'], ['/a/c', 'a/'], ['/a/b', 'a/']],
  },
  {
    name: 'a nested exact match stops the search, nested regexes included',
    config: `
      location /a/ {
        location = /a/x { return 200 "exact"; }
        location ~ x { return 200 "nested regex"; }
        return 200 "a/";
      }
      location ~ x { return 200 "outer regex"; }`,
    requests: [['/a/x', 'exact'], ['/a/xx', 'nested regex']],
  },
  {
    name: 'an outer ^~ stops the outer regexes even when a nested prefix matched',
    config: `
      location ^~ /a/ {
        location /a/b/ { return 200 "a/b/"; }
        return 200 "a/";
      }
      location ~ b { return 200 "regex"; }`,
    requests: [['/a/b/c', 'a/b/'], ['/a/c', 'a/']],
  },
  {
    name: 'a nested ^~ skips only the regexes of its own level',
    config: `
      location /a/ {
        location ^~ /a/b/ { return 200 "a/b/"; }
        location ~ x { return 200 "nested regex"; }
        return 200 "a/";
      }
      location ~ y { return 200 "outer regex"; }`,
    requests: [['/a/b/x', 'a/b/'], ['/a/b/y', 'outer regex'], ['/a/x', 'nested regex']],
  },
  {
    name: 'nested regexes still run under an outer ^~ location',
    config: `
      location ^~ /a/ {
        location ~ \\.php$ { return 200 "nested"; }
        return 200 "a/";
      }
      location ~ php { return 200 "outer"; }`,
    requests: [['/a/x.php', 'nested'], ['/a/php', 'a/']],
  },
  {
    name: 'a URI no location matches is left to the server',
    config: `
      location /a/ { return 200 "a/"; }
      location = /b { return 200 "b"; }`,
    requests: [['/b/', 'none'], ['/a', 'none'], ['/c', 'none']],
  },
  {
    name: 'a pattern without a modifier is a prefix even when it looks like a regex',
    config: `
      location ^/a { return 200 "caret"; }
      location /.*\\.php { return 200 "dotstar"; }
      location / { return 200 "root"; }`,
    requests: [['/a', 'root'], ['/x.php', 'root'], ['/.*\\.php', 'dotstar']],
  },
];
// cases:end

locationCaseTests(CASES);
