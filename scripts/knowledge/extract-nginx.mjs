#!/usr/bin/env node
// Extracts nginx directive and variable facts from C sources: nginx itself and
// every Debian bookworm source package that builds a libnginx-mod-* module.
//
//   node scripts/knowledge/extract-nginx.mjs [options]
//
//   --sources DIR            work folder (default .toolchain/sources/nginx-knowledge)
//   --out DIR                where the JSON goes (default server/src/core/dialects/nginx/knowledge)
//   --offline                do not download; fail if a source tree is missing
//   --refetch                download and unpack again even if trees exist
//   --upstream-git-root DIR  local git mirrors for the upstream fallback (see lib/debian-sources.mjs)
//   --quiet                  print only the summary
//
// Writes directives.json, variables.json and sources.json. The output depends
// only on the source trees, so rerunning on the same trees gives identical files.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { PACKAGES, prepareSources } from './lib/debian-sources.mjs';
import { collectDefines } from './lib/c-constants.mjs';
import { tokenize } from './lib/c-tokens.mjs';
import { directiveRecords } from './lib/directive-records.mjs';
import { printSummary } from './lib/extraction-summary.mjs';
import { crossCheckInstalled } from './lib/installed-nginx-check.mjs';
import { classifyNginxModules, debianConfigureFlags } from './lib/nginx-configure.mjs';
import { packageContext } from './lib/package-context.mjs';
import { compareStrings, listSources } from './lib/source-files.mjs';
import { variableRecords } from './lib/variable-records.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const o = {
    sources: path.join(REPO, '.toolchain', 'sources', 'nginx-knowledge'),
    out: path.join(REPO, 'server', 'src', 'core', 'dialects', 'nginx', 'knowledge'),
    offline: false,
    refetch: false,
    upstreamGitRoot: null,
    quiet: false,
  };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    if (a === '--sources') o.sources = path.resolve(val());
    else if (a === '--out') o.out = path.resolve(val());
    else if (a === '--offline') o.offline = true;
    else if (a === '--refetch') o.refetch = true;
    else if (a === '--upstream-git-root') o.upstreamGitRoot = path.resolve(val());
    else if (a === '--quiet') o.quiet = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 16).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

// ---------------------------------------------------------------- main

function main() {
  const opt = parseArgs(process.argv);
  const say = (m) => { if (!opt.quiet) process.stderr.write(`${m}\n`); };
  const warnings = [];
  const warn = (m) => { warnings.push(m); };

  const origins = prepareSources({ root: opt.sources, offline: opt.offline, refetch: opt.refetch, upstreamGitRoot: opt.upstreamGitRoot });
  const treeOf = (src) => path.join(opt.sources, 'trees', src);

  // nginx itself: version, configure flags, and the built-in / dynamic split
  const ngxTree = treeOf('nginx');
  const nginxH = fs.readFileSync(path.join(ngxTree, 'src/core/nginx.h'), 'utf8');
  const nginxVersion = /#define\s+NGINX_VERSION\s+"([^"]+)"/.exec(nginxH)[1];
  const nginxVersionNum = Number(/#define\s+nginx_version\s+(\d+)/.exec(nginxH)[1]);
  const configureFlags = debianConfigureFlags(fs.readFileSync(path.join(ngxTree, 'debian/rules'), 'utf8'));
  const cls = classifyNginxModules({
    autoOptions: fs.readFileSync(path.join(ngxTree, 'auto/options'), 'utf8'),
    autoSources: fs.readFileSync(path.join(ngxTree, 'auto/sources'), 'utf8'),
    autoModules: fs.readFileSync(path.join(ngxTree, 'auto/modules'), 'utf8'),
  }, configureFlags);
  for (const w of cls.warnings) warn(w);
  for (const f of cls.unknownFlags) warn(`configure flag ${f} not understood`);
  crossCheckInstalled(configureFlags, cls, nginxVersion, say);

  // per package scanning
  const nginxDefines = new Map();
  const tokenCache = new Map();
  const tokensOf = (abs) => {
    if (!tokenCache.has(abs)) tokenCache.set(abs, tokenize(fs.readFileSync(abs, 'latin1')));
    return tokenCache.get(abs);
  };
  const ngxFiles = listSources(ngxTree);
  for (const rel of ngxFiles) collectDefines(tokensOf(path.join(ngxTree, rel)), nginxDefines, `nginx/${rel}`);
  // what #if can rely on: nginx's version, and the NGX_* macros configure defines
  // in auto/modules for Debian's flags (modules are built against the same config)
  const known = new Map([['nginx_version', nginxVersionNum], ...[...cls.haves].sort().map((h) => [h, 1])]);

  const directives = [];
  const variables = [];
  const sourceRecords = [];

  for (const pkg of PACKAGES) {
    const origin = origins.find((o) => o.source === pkg.source);
    const tree = treeOf(pkg.source);
    const files = pkg.source === 'nginx' ? ngxFiles : listSources(tree);
    const ctx = packageContext({ pkg, origin, tree, files, nginxDefines, known, cls, tokensOf, warn });
    // directives first: a module they name is recorded with its own subsystem, before a
    // variable's reading of it can be
    directives.push(...directiveRecords(ctx));
    variables.push(...variableRecords(ctx));

    sourceRecords.push({
      ...origin,
      modules: [...ctx.modulesSeen.values()].sort((a, b) => compareStrings(a.module, b.module)),
    });
  }

  // a module that both adds a variable and looks up its index provides it
  const provided = new Set(variables.filter((v) => !v.input).map((v) => `${v.name}|${v.module}`));
  const vars = variables.filter((v) => !v.input || !provided.has(`${v.name}|${v.module}`));
  variables.length = 0;
  variables.push(...vars);

  directives.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.module, b.module) || compareStrings(a.sourceFile, b.sourceFile) || a.sourceLine - b.sourceLine);
  variables.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.module ?? '', b.module ?? '') || compareStrings(a.sourceFile, b.sourceFile) || a.sourceLine - b.sourceLine);

  const sources = {
    nginxVersion,
    debianConfigureFlags: configureFlags,
    packages: sourceRecords.map((r) => ({
      source: r.source,
      debianVersion: r.debianVersion,
      upstreamVersion: r.upstreamVersion,
      origin: r.origin,
      ...(r.upstreamRepo ? { upstreamRepo: r.upstreamRepo, upstreamTag: r.upstreamTag, upstreamCommit: r.upstreamCommit } : {}),
      binaries: r.binaries,
      modules: r.modules,
    })),
  };

  fs.mkdirSync(opt.out, { recursive: true });
  // one record per line keeps the files small and their diffs readable
  const writeLines = (name, rows) => fs.writeFileSync(path.join(opt.out, name), `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  writeLines('directives.json', directives);
  writeLines('variables.json', variables);
  fs.writeFileSync(path.join(opt.out, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);

  for (const w of warnings) say(`warning: ${w}`);
  printSummary(directives, variables, sources, opt.out);
}

try {
  main();
} catch (e) {
  process.stderr.write(`extract-nginx: ${e.stack || e.message}\n`);
  process.exit(1);
}
