#!/usr/bin/env node
// Extracts per-directive facts that nginx's C source does not hold — syntax
// line, default value, documented contexts, the version a directive appeared
// in, and its documentation URL — from the XML sources of the nginx.org site
// (https://github.com/nginx/nginx.org, xml/en/docs/**). Only the structured
// <syntax>/<default>/<context>/<appeared-in> elements are read; no prose.
//
//   node scripts/knowledge/extract-nginx-docs-facts.mjs [options]
//
//   --docs-git DIR   a git repository (bare or not) of nginx/nginx.org; default:
//                    cloned into .toolchain/sources/nginx-knowledge/git/
//   --rev REV        docs revision; default: the site commit that announced the
//                    nginx release the directive data was extracted from
//                    (nginxVersion in sources.json, e.g. "nginx-1.22.1")
//   --out DIR        default server/src/core/dialects/nginx/knowledge
//
// Writes facts.json. Same repository revision in, same file out.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCS_REPO = 'nginx/nginx.org';

function parseArgs(argv) {
  const o = {
    docsGit: null,
    rev: null,
    out: path.join(REPO, 'server', 'src', 'core', 'dialects', 'nginx', 'knowledge'),
    sources: path.join(REPO, '.toolchain', 'sources', 'nginx-knowledge'),
  };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    if (a === '--docs-git') o.docsGit = path.resolve(val());
    else if (a === '--rev') o.rev = val();
    else if (a === '--out') o.out = path.resolve(val());
    else if (a === '--sources') o.sources = path.resolve(val());
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const git = (dir, args) => execFileSync('git', ['-C', dir, ...args], { maxBuffer: 1 << 28 }).toString();

const ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '\u2014', ndash: '\u2013',
  ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', times: '\u00d7', hellip: '\u2026',
};

/** Markup to plain text: tags dropped (their text kept), entities decoded, spaces collapsed. */
function plain(xml, unknownEntities) {
  return xml
    .replace(/<nbsp\s*\/>/g, '\u00a0')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-fA-F]+);|&#([0-9]+);|&([a-zA-Z]+);/g, (m, hex, dec, name) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(parseInt(dec, 10));
      if (name in ENTITIES) return ENTITIES[name];
      unknownEntities.add(name);
      return m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function attr(tag, name) {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function main() {
  const opt = parseArgs(process.argv);

  let docsGit = opt.docsGit;
  if (!docsGit) {
    docsGit = path.join(opt.sources, 'git', `${DOCS_REPO.replace('/', '+')}.git`);
    if (!fs.existsSync(docsGit)) {
      process.stderr.write(`cloning https://github.com/${DOCS_REPO}\n`);
      execFileSync('git', ['clone', '--bare', '-q', `https://github.com/${DOCS_REPO}.git`, docsGit], { stdio: 'inherit' });
    }
  }

  // which revision: the one that announced the nginx release we extracted from
  let rev = opt.rev;
  let selectedBy = rev ? `--rev ${rev}` : null;
  if (!rev) {
    const srcJson = path.join(opt.out, 'sources.json');
    if (!fs.existsSync(srcJson)) throw new Error(`${srcJson} not found; run extract-nginx.mjs first or pass --rev`);
    const version = JSON.parse(fs.readFileSync(srcJson, 'utf8')).nginxVersion;
    const hits = git(docsGit, ['log', '--format=%H%x09%s', '--grep', `nginx-${version.replace(/\./g, '\\.')}\\b`, '--all']).trim().split('\n').filter(Boolean);
    if (!hits.length) throw new Error(`no docs commit mentions nginx-${version}; pass --rev`);
    const last = hits[hits.length - 1].split('\t'); // earliest such commit
    rev = last[0];
    selectedBy = `earliest commit whose message names nginx-${version} ("${last[1]}")`;
  }
  const commit = git(docsGit, ['rev-parse', `${rev}^{commit}`]).trim();
  const commitDate = git(docsGit, ['show', '-s', '--format=%cI', commit]).trim();

  const files = git(docsGit, ['ls-tree', '-r', '--name-only', commit, 'xml/en/docs'])
    .split('\n').filter((f) => /\.xml$/.test(f)).sort();
  const unknownEntities = new Set();
  const facts = [];
  for (const file of files) {
    const xml = git(docsGit, ['show', `${commit}:${file}`]);
    const mod = /<module\b[^>]*>/.exec(xml);
    if (!mod) continue;
    const link = attr(mod[0], 'link');
    const docModule = path.posix.basename(file, '.xml');
    const area = file.split('/')[3];
    const re = /<directive\s+name="([^"]+)"[^>]*>([\s\S]*?)<\/directive>/g;
    let m;
    while ((m = re.exec(xml))) {
      const [, name, body] = m;
      // only the header part of the entry: stop at the first paragraph
      const head = body.split(/<para\b/)[0];
      const syntax = [];
      for (const s of head.matchAll(/<syntax(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/syntax>)/g)) {
        let text = plain(s[2] ?? '', unknownEntities);
        if (s[1] && attr(s[1], 'block') === 'yes') text = text ? `${text} { ... }` : '{ ... }';
        syntax.push(text);
      }
      const defaults = [...head.matchAll(/<default\s*\/>|<default>([\s\S]*?)<\/default>/g)].map((d) => (d[1] === undefined ? null : plain(d[1], unknownEntities)));
      const contexts = [...head.matchAll(/<context>([\s\S]*?)<\/context>/g)].map((c) => plain(c[1], unknownEntities));
      const since = /<appeared-in>([\s\S]*?)<\/appeared-in>/.exec(head)?.[1];
      // the subsystem whose module implements it: http/mail/stream pages, except
      // their top-level blocks (context main only), which core-type modules provide
      const mainOnly = contexts.length === 1 && contexts[0] === 'main';
      const subsystem = !mainOnly && (area === 'http' || area === 'stream' || area === 'mail') ? area
        : contexts.includes('events') ? 'events' : 'core';
      const rec = {
        name,
        docModule,
        subsystem,
        syntax,
        default: defaults.length ? defaults[0] : null,
      };
      if (defaults.length > 1) rec.defaults = defaults;
      rec.contexts = contexts;
      rec.since = since ? plain(since, unknownEntities) : null;
      rec.url = link ? `https://nginx.org${link}#${name}` : null;
      rec.docFile = file;
      facts.push(rec);
    }
  }
  facts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.docModule < b.docModule ? -1 : a.docModule > b.docModule ? 1 : 0));

  const out = {
    source: {
      repository: `https://github.com/${DOCS_REPO}`,
      commit,
      commitDate,
      selectedBy,
      paths: 'xml/en/docs/**/*.xml',
      fields: 'syntax from <syntax> (argument part only; "{ ... }" when block="yes"), default from <default> (null for <default/>), contexts from <context>, since from <appeared-in>, url from the module link attribute + "#" + directive name',
    },
    directives: facts,
  };
  fs.mkdirSync(opt.out, { recursive: true });
  const lines = facts.map((f) => `    ${JSON.stringify(f)}`).join(',\n');
  const head = JSON.stringify(out.source, null, 2).replace(/\n/g, '\n  ');
  fs.writeFileSync(path.join(opt.out, 'facts.json'), `{\n  "source": ${head},\n  "directives": [\n${lines}\n  ]\n}\n`);

  if (unknownEntities.size) process.stderr.write(`warning: undecoded entities: ${[...unknownEntities].sort().join(' ')}\n`);
  const names = new Set(facts.map((f) => f.name));
  process.stdout.write(`facts: ${facts.length} documented directive entries (${names.size} names) from ${files.length} files at ${commit.slice(0, 12)} (${commitDate})\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`extract-nginx-docs-facts: ${e.stack || e.message}\n`);
  process.exit(1);
}
