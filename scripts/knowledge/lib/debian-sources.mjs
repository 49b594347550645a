// Obtains the Debian source packages the nginx knowledge is extracted from,
// with `apt-get source`, into a git-ignored work folder. Used by extract-nginx.mjs.
//
// Layout under <root> (default .toolchain/sources/nginx-knowledge):
//   downloads/<source>/      what apt-get source fetched (.dsc, tarballs)
//   trees/<source>/          the unpacked source tree that gets scanned
//   trees/<source>.origin.json  how that tree was obtained
//
// Where the archive mirror lacks a tarball, two fallbacks are tried, and the
// origin file says which one was used:
//   * orig tarball present, Debian tarball missing: the orig tarball is
//     unpacked as is (Debian's patches are then not applied);
//   * orig tarball missing: the upstream project's git repository is exported
//     at the tag of the same upstream version (only for packages with an
//     `upstream` entry below; from --upstream-git-root if given, else cloned).

import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The source packages scanned: nginx itself plus every Debian bookworm
 * source package that builds libnginx-mod-* binary packages.
 * `upstream` is used only when the archive cannot supply the orig tarball.
 * `soOverride` maps a binary package to its .so when Debian's usual naming
 * (libnginx-mod-X -> ngx_X_module.so) does not hold.
 */
export const PACKAGES = [
  { source: 'nginx' },
  { source: 'libnginx-mod-http-auth-pam', upstream: { repo: 'sto/ngx_http_auth_pam_module', tag: 'v{version}' } },
  { source: 'libnginx-mod-http-brotli' },
  { source: 'libnginx-mod-http-cache-purge', upstream: { repo: 'FRiCKLE/ngx_cache_purge', tag: '{version}' } },
  { source: 'libnginx-mod-http-dav-ext' },
  { source: 'libnginx-mod-http-echo' },
  { source: 'libnginx-mod-http-fancyindex' },
  { source: 'libnginx-mod-http-geoip2' },
  { source: 'libnginx-mod-http-headers-more-filter' },
  { source: 'libnginx-mod-http-lua' },
  { source: 'libnginx-mod-http-memc', upstream: { repo: 'openresty/memc-nginx-module', tag: 'v{version}' } },
  { source: 'libnginx-mod-http-modsecurity' },
  { source: 'libnginx-mod-http-ndk', soOverride: { 'libnginx-mod-http-ndk': 'ndk_http_module' } },
  { source: 'libnginx-mod-http-set-misc' },
  { source: 'libnginx-mod-http-srcache-filter' },
  { source: 'libnginx-mod-http-subs-filter' },
  { source: 'libnginx-mod-http-uploadprogress', upstream: { repo: 'masterzen/nginx-upload-progress-module', tag: 'v{version}' } },
  { source: 'libnginx-mod-http-upstream-fair' },
  { source: 'libnginx-mod-js', upstream: { repo: 'nginx/njs', tag: '{version}' } },
  { source: 'libnginx-mod-nchan', upstream: { repo: 'slact/nchan', tag: 'v{version}' } },
  { source: 'libnginx-mod-rtmp' },
];

/** Parses the fields of a (possibly PGP-signed) .dsc file. */
export function parseDsc(text) {
  const body = text.replace(/^-----BEGIN PGP SIGNED MESSAGE-----\n(?:Hash:.*\n)*\n/, '').replace(/\n-----BEGIN PGP SIGNATURE-----[\s\S]*$/, '');
  const fields = {};
  let key = null;
  for (const line of body.split('\n')) {
    if (/^\s/.test(line) && key) { fields[key] += `\n${line.trim()}`; continue; }
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (m) { key = m[1]; fields[key] = m[2]; }
  }
  const files = (fields['Checksums-Sha256'] || '').split('\n').map((l) => l.trim().split(/\s+/)).filter((p) => p.length === 3)
    .map(([sha256, size, name]) => ({ sha256, size: Number(size), name }));
  return {
    source: fields.Source,
    version: fields.Version,
    binaries: (fields.Binary || '').split(',').map((s) => s.trim()).filter(Boolean),
    files,
  };
}

/** 1:1.3.6+dfsg-2 -> 1.3.6 (epoch, Debian revision and repack suffix removed). */
export function upstreamVersion(debianVersion) {
  return debianVersion.replace(/^\d+:/, '').replace(/-[^-]+$/, '').replace(/[+~](dfsg|ds)\d*$/, '');
}

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28, ...opts });
}

/** Unpacks a tarball into dest, dropping a single top-level directory. */
function untarStripped(tarball, dest) {
  fs.mkdirSync(dest, { recursive: true });
  const list = run('tar', ['-tf', tarball]).toString().split('\n').filter(Boolean);
  const tops = new Set(list.map((p) => p.replace(/^\.\//, '').split('/')[0]).filter(Boolean));
  const strip = tops.size === 1 && list.some((p) => p.replace(/^\.\//, '').includes('/')) ? 1 : 0;
  run('tar', ['-xf', tarball, '-C', dest, `--strip-components=${strip}`]);
}

function findGitDir(root, repo) {
  if (!root) return null;
  const [owner, name] = repo.split('/');
  for (const c of [`${owner}+${name}/repo`, `${owner}+${name}`, `${owner}/${name}`, `${owner}/${name}.git`, `${name}.git`, name]) {
    const p = path.join(root, c);
    if (fs.existsSync(path.join(p, 'HEAD')) || fs.existsSync(path.join(p, '.git'))) return p;
  }
  return null;
}

function log(msg) { process.stderr.write(`${msg}\n`); }

/**
 * Makes sure trees/<source> exists for every package. Returns the list of
 * origin records. With `offline`, nothing is downloaded and missing trees are an error.
 */
export function prepareSources({ root, offline = false, refetch = false, upstreamGitRoot = null, only = null }) {
  const downloads = path.join(root, 'downloads');
  const trees = path.join(root, 'trees');
  fs.mkdirSync(downloads, { recursive: true });
  fs.mkdirSync(trees, { recursive: true });
  const origins = [];
  for (const pkg of PACKAGES) {
    if (only && !only.includes(pkg.source)) continue;
    const tree = path.join(trees, pkg.source);
    const originFile = `${tree}.origin.json`;
    if (!refetch && fs.existsSync(originFile) && fs.existsSync(tree)) {
      origins.push(JSON.parse(fs.readFileSync(originFile, 'utf8')));
      continue;
    }
    if (offline) throw new Error(`source tree for ${pkg.source} is missing (${tree}); run without --offline to fetch it`);

    const dl = path.join(downloads, pkg.source);
    fs.rmSync(dl, { recursive: true, force: true });
    fs.mkdirSync(dl, { recursive: true });
    log(`apt-get source --download-only ${pkg.source}`);
    const r = spawnSync('apt-get', ['source', '--download-only', '-q', pkg.source], { cwd: dl, encoding: 'utf8' });
    const dscName = fs.readdirSync(dl).find((f) => f.endsWith('.dsc'));
    if (!dscName) {
      throw new Error(`apt-get source ${pkg.source} produced no .dsc (is deb-src enabled? see scripts/install-system-deps.sh; run apt-get update):\n${r.stderr}`);
    }
    const dsc = parseDsc(fs.readFileSync(path.join(dl, dscName), 'utf8'));
    const have = new Map();
    for (const f of dsc.files) {
      const p = path.join(dl, f.name);
      if (!fs.existsSync(p)) continue;
      if (sha256(p) !== f.sha256) throw new Error(`${f.name}: sha256 does not match the .dsc`);
      have.set(f.name, p);
    }
    const orig = dsc.files.find((f) => /\.orig\.tar\.[a-z0-9]+$/.test(f.name));
    const deb = dsc.files.find((f) => /\.debian\.tar\.[a-z0-9]+$/.test(f.name));
    const uver = upstreamVersion(dsc.version);
    const origin = { source: pkg.source, debianVersion: dsc.version, upstreamVersion: uver, binaries: dsc.binaries };

    fs.rmSync(tree, { recursive: true, force: true });
    if (dsc.files.every((f) => have.has(f.name))) {
      // signatures are not checked here (no keyring needed); checksums were checked above.
      // dpkg-source links the orig tarball next to its target, so unpack inside downloads/ first.
      const staging = path.join(dl, 'unpacked');
      fs.rmSync(staging, { recursive: true, force: true });
      run('dpkg-source', ['--no-check', '-x', path.join(dl, dscName), staging]);
      fs.renameSync(staging, tree);
      origin.origin = 'debian-source';
    } else if (orig && have.has(orig.name)) {
      log(`  ${pkg.source}: ${deb ? deb.name : 'Debian tarball'} not on the mirror; unpacking the orig tarball without Debian's patches`);
      untarStripped(have.get(orig.name), tree);
      origin.origin = 'debian-orig-unpatched';
    } else if (pkg.upstream) {
      const tag = pkg.upstream.tag.replace('{version}', uver);
      log(`  ${pkg.source}: orig tarball not on the mirror; exporting ${pkg.upstream.repo} at ${tag}`);
      let gitDir = findGitDir(upstreamGitRoot, pkg.upstream.repo);
      if (!gitDir) {
        gitDir = path.join(root, 'git', `${pkg.upstream.repo.replace('/', '+')}.git`);
        if (!fs.existsSync(gitDir)) run('git', ['clone', '--bare', '-q', `https://github.com/${pkg.upstream.repo}.git`, gitDir]);
      }
      const commit = run('git', ['-C', gitDir, 'rev-parse', `${tag}^{commit}`]).toString().trim();
      fs.mkdirSync(tree, { recursive: true });
      const tar = run('git', ['-C', gitDir, 'archive', '--format=tar', commit]);
      execFileSync('tar', ['-xf', '-', '-C', tree], { input: tar });
      Object.assign(origin, { origin: 'upstream-git', upstreamRepo: `https://github.com/${pkg.upstream.repo}`, upstreamTag: tag, upstreamCommit: commit });
    } else {
      throw new Error(`${pkg.source}: the archive mirror has neither the full source nor the orig tarball, and no upstream fallback is configured`);
    }
    fs.writeFileSync(originFile, `${JSON.stringify(origin, null, 2)}\n`);
    origins.push(origin);
  }
  return origins;
}
