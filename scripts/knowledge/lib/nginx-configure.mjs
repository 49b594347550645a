// Works out which of nginx's own modules a given `./configure` flag set
// compiles into the nginx binary, which become dynamic `.so` modules, and
// which are left out — by interpreting the small subset of shell used by
// nginx's auto/options, auto/sources and auto/modules scripts.
// Used by extract-nginx.mjs.

/** Flags from debian/rules: the `bin_configure_flags` make variable, expanded. */
export function debianConfigureFlags(rulesText, varName = 'bin_configure_flags') {
  const vars = new Map();
  const lines = rulesText.replace(/\\\n/g, ' ').split('\n');
  for (const l of lines) {
    const m = /^([A-Za-z_][\w]*)\s*[:+]?=\s*(.*)$/.exec(l);
    if (m && !vars.has(m[1])) vars.set(m[1], m[2]);
  }
  const expand = (s, depth = 0) => s.replace(/\$\(([A-Za-z_]\w*)\)/g, (_, n) => (depth > 10 ? '' : expand(vars.get(n) ?? '', depth + 1)));
  if (!vars.has(varName)) throw new Error(`debian/rules has no ${varName}`);
  return splitWords(expand(vars.get(varName))).filter((w) => /^--with(out)?-/.test(w) && !/^--with-(cc|ld)-opt/.test(w));
}

function splitWords(s) {
  const out = [];
  const re = /"[^"]*"|'[^']*'|\S+/g;
  let m;
  while ((m = re.exec(s))) out.push(m[0]);
  return out;
}

/** Default variable values and the variable each --with/--without flag sets. */
export function parseAutoOptions(text) {
  const defaults = new Map();
  const flags = new Map();
  const lines = text.split('\n');
  let inLoop = false;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    // a case arm may put its action on the following line
    if (/^\s*--[\w-]+(?:=dynamic)?\)\s*$/.test(l) && i + 1 < lines.length) l = `${l} ${lines[i + 1].trim()}`;
    if (/^for option/.test(l)) inLoop = true;
    if (!inLoop) {
      const m = /^([A-Z_][A-Z0-9_]*)=([A-Za-z0-9_]*)\s*$/.exec(l);
      if (m && !defaults.has(m[1])) defaults.set(m[1], m[2]);
      continue;
    }
    const f = /^\s*(--[\w-]+(?:=dynamic)?)\)\s+([A-Z_][A-Z0-9_]*)=([A-Z]+)\s*;;/.exec(l);
    if (f && !flags.has(f[1])) flags.set(f[1], [f[2], f[3]]);
  }
  return { defaults, flags };
}

/** Splits shell text into commands (arrays of raw words). */
function shellCommands(text) {
  const cmds = [];
  let words = [];
  let word = null;
  let line = 1;
  let cmdLine = 1;
  const endWord = () => { if (word !== null) { words.push(word); word = null; } };
  const endCmd = () => { endWord(); if (words.length) cmds.push({ words, line: cmdLine }); words = []; };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { endCmd(); line++; cmdLine = line; continue; }
    if (c === '\\' && text[i + 1] === '\n') { endWord(); i++; line++; continue; }
    if (c === ' ' || c === '\t') { endWord(); continue; }
    if (c === ';' && text[i + 1] === ';') { endWord(); words.push(';;'); i++; continue; }
    if (c === ';') { endCmd(); cmdLine = line; continue; }
    if (c === '#' && word === null) { while (i + 1 < text.length && text[i + 1] !== '\n') i++; continue; }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) {
        if (c === '"' && text[j] === '\\') j++;
        if (text[j] === '\n') line++;
        j++;
      }
      word = (word ?? '') + text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '\\') { word = (word ?? '') + text.slice(i, i + 2); i++; continue; }
    word = (word ?? '') + c;
  }
  endCmd();
  return cmds;
}

function expandWord(w, env) {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (c === "'") {
      const j = w.indexOf("'", i + 1);
      out += w.slice(i + 1, j);
      i = j;
    } else if (c === '"') {
      let j = i + 1;
      let inner = '';
      while (j < w.length && w[j] !== '"') {
        if (w[j] === '\\' && j + 1 < w.length) {
          const nx = w[j + 1];
          if (nx === '\n') { j += 2; continue; }
          if ('$"\\`'.includes(nx)) { inner += `\u0000${nx}`; j += 2; continue; }
        }
        inner += w[j++];
      }
      out += expandVars(inner, env);
      i = j;
    } else if (c === '\\') {
      out += `\u0000${w[i + 1] ?? ''}`;
      i++;
    } else {
      let j = i;
      let plain = '';
      while (j < w.length && w[j] !== '"' && w[j] !== "'" && w[j] !== '\\') plain += w[j++];
      out += expandVars(plain, env);
      i = j - 1;
    }
  }
  return out.replace(/\u0000(.)/g, '$1');
}

function expandVars(s, env) {
  return s.replace(/\u0000.|\$\{([A-Za-z_]\w*)(?::-([^}]*))?\}|\$([A-Za-z_]\w*)/g, (m, a, dflt, b) => {
    if (m[0] === '\u0000') return m;
    const v = env.get(a ?? b);
    if ((v === undefined || v === '') && dflt !== undefined) return dflt;
    return v ?? '';
  });
}

function evalTest(args) {
  let pos = 0;
  const peek = () => args[pos];
  function primary() {
    const a = args[pos++];
    if (a === '!') return !primary();
    if (a === '(') { const v = or(); pos++; return v; }
    if (a === '-n') return (args[pos++] ?? '') !== '';
    if (a === '-z') return (args[pos++] ?? '') === '';
    if (a === '-f' || a === '-d' || a === '-x') { pos++; return false; }
    const op = peek();
    if (op === '=' || op === '!=') {
      pos++;
      const b = args[pos++] ?? '';
      if (a === '' || b === '') return false; // `[ = YES ]` is an error in sh; treat as false
      return op === '=' ? a === b : a !== b;
    }
    return (a ?? '') !== '';
  }
  function and() { let v = primary(); while (peek() === '-a') { pos++; const r = primary(); v = v && r; } return v; }
  function or() { let v = and(); while (peek() === '-o') { pos++; const r = and(); v = v || r; } return v; }
  return or();
}

function evalCondition(words, env) {
  if (words.length === 1 && words[0] === ':') return true;
  let args = words.map((w) => expandWord(w, env));
  if (args[0] === '[') args = args.slice(1, args[args.length - 1] === ']' ? -1 : undefined);
  else if (args[0] === 'test') args = args.slice(1);
  else return false;
  return evalTest(args);
}

const LINK_LIBS = new Set(['PCRE', 'OPENSSL', 'ZLIB', 'LIBXSLT', 'LIBGD', 'PERL', 'GEOIP']);

/**
 * Interprets auto/modules for the given environment. Returns
 * { static: Set<module>, dynamic: Map<module, soBaseName>, haves: Set<macro>, warnings: [] }
 * where `haves` are the NGX_* macros auto/modules defines for this build.
 */
export function interpretAutoModules(text, env) {
  const cmds = shellCommands(text);
  const stack = []; // { on, taken }
  const isOn = () => stack.every((s) => s.on);
  const dynamic = new Map();
  const warnings = [];
  const haves = new Set();
  let skipDepth = 0;
  let skipKind = null;

  const get = (n) => env.get(n) ?? '';
  const words = (n) => get(n).split(/\s+/).filter(Boolean);

  for (const { words: w, line } of cmds) {
    const head = w[0];
    if (skipDepth) {
      if (head === skipKind.open) skipDepth++;
      if (head === skipKind.close || (w.includes(skipKind.close) && head !== skipKind.open)) skipDepth--;
      continue;
    }
    if (head === 'then' || head === 'do') continue;
    if (head === 'if') {
      const on = isOn() && evalCondition(w.slice(1), env);
      stack.push({ on, taken: on, parentOn: isOn() });
      continue;
    }
    if (head === 'elif') {
      const s = stack[stack.length - 1];
      if (s.taken || !s.parentOn) s.on = false;
      else { s.on = evalCondition(w.slice(1), env); s.taken = s.on; }
      continue;
    }
    if (head === 'else') {
      const s = stack[stack.length - 1];
      s.on = s.parentOn && !s.taken;
      s.taken = true;
      continue;
    }
    if (head === 'fi') { stack.pop(); continue; }
    if (head === 'for' || head === 'while') {
      if (isOn()) warnings.push(`auto/modules:${line}: skipped a ${head} loop in an active branch`);
      if (!w.includes('done')) { skipDepth = 1; skipKind = { open: head, close: 'done' }; }
      continue;
    }
    if (head === 'case') {
      if (isOn()) warnings.push(`auto/modules:${line}: skipped a case statement in an active branch`);
      skipDepth = 1;
      skipKind = { open: 'case', close: 'esac' };
      continue;
    }
    if (!isOn()) continue;
    if (head === 'cat' && w.includes('<<')) break; // the generated ngx_modules.c follows
    if (head === '.' && w[1] === 'auto/module') {
      const type = get('ngx_module_type');
      const v = type.startsWith('HTTP_') ? 'HTTP' : type;
      const names = words('ngx_module_name');
      const link = get('ngx_module_link');
      if (link === 'DYNAMIC') {
        for (const n of names) dynamic.set(n, names[0]);
        env.set('DYNAMIC_MODULES', `${get('DYNAMIC_MODULES')} ${names[0]}`);
      } else if (link === 'YES') {
        env.set(`${type}_MODULES`, `${get(`${type}_MODULES`)} ${names.join(' ')}`);
        env.set(`${v}_SRCS`, `${get(`${v}_SRCS`)} ${get('ngx_module_srcs')}`);
        for (const lib of words('ngx_module_libs')) if (LINK_LIBS.has(lib)) env.set(`USE_${lib}`, 'YES');
      }
      continue;
    }
    // `have=NGX_X . auto/have` puts `#define NGX_X 1` into ngx_auto_config.h
    if (w.length === 3 && /^have=/.test(w[0]) && w[1] === '.' && w[2] === 'auto/have') {
      haves.add(expandWord(w[0].slice(5), env));
      continue;
    }
    // plain assignments
    if (w.every((x) => /^[A-Za-z_]\w*=/.test(x))) {
      for (const x of w) {
        const k = x.indexOf('=');
        env.set(x.slice(0, k), expandWord(x.slice(k + 1), env));
      }
    }
  }
  const statics = new Set(words('modules'));
  for (const n of statics) dynamic.delete(n);
  return { static: statics, dynamic, haves, warnings };
}

/** Simple `NAME=value` / `NAME="…"` assignments from a shell file (auto/sources). */
export function shellAssignments(text, env) {
  for (const { words: w } of shellCommands(text)) {
    if (w.length === 1 && /^[A-Za-z_]\w*=/.test(w[0])) {
      const k = w[0].indexOf('=');
      env.set(w[0].slice(0, k), expandWord(w[0].slice(k + 1), env));
    }
  }
  return env;
}

/**
 * Full classification for an nginx source tree and a configure flag list.
 * `platform` adds what auto/os/<os> would detect; for Linux that is epoll.
 */
export function classifyNginxModules({ autoOptions, autoSources, autoModules }, flags, platform = 'linux') {
  const { defaults, flags: flagMap } = parseAutoOptions(autoOptions);
  const env = new Map(defaults);
  const unknownFlags = [];
  for (const f of flags) {
    const hit = flagMap.get(f);
    if (hit) env.set(hit[0], hit[1]);
    else unknownFlags.push(f);
  }
  shellAssignments(autoSources, env);
  if (platform === 'linux') {
    // auto/os/linux: the epoll probe succeeds on any supported Linux
    env.set('EVENT_MODULES', `${env.get('EVENT_MODULES')} ${env.get('EPOLL_MODULE')}`);
    env.set('EVENT_FOUND', 'YES');
  }
  const r = interpretAutoModules(autoModules, env);
  return { ...r, unknownFlags };
}
