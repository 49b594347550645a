// Tokens of C source text: the first stage of the small C scanner that reads
// nginx module sources for extract-nginx.mjs (see c-constants.mjs,
// c-conditionals.mjs and c-initializers.mjs for the later stages).

const PUNCT2 = new Set(['||', '&&', '==', '!=', '<=', '>=', '<<', '>>', '->', '++', '--']);

/**
 * Splits C source text into tokens. Preprocessor lines become single
 * `pp` tokens ({ kind:'pp', directive, rest, line }); comments vanish.
 */
export function tokenize(text) {
  const out = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let atLineStart = true;

  while (i < n) {
    const c = text[i];
    if (c === '\n') { line++; i++; atLineStart = true; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') { i++; continue; }
    if (c === '\\' && text[i + 1] === '\n') { i += 2; line++; continue; }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '#' && atLineStart) {
      const startLine = line;
      let body = '';
      i++;
      while (i < n) {
        const d = text[i];
        if (d === '\\' && text[i + 1] === '\n') { body += ' '; i += 2; line++; continue; }
        if (d === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') { body += ' '; i += 3; line++; continue; }
        if (d === '\n') break;
        if (d === '/' && text[i + 1] === '*') {
          const end = text.indexOf('*/', i + 2);
          const stop = end < 0 ? n : end + 2;
          for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
          i = stop;
          body += ' ';
          continue;
        }
        if (d === '/' && text[i + 1] === '/') { while (i < n && text[i] !== '\n') i++; break; }
        if (d === '"' || d === "'") {
          const j = skipQuoted(text, i);
          body += text.slice(i, j);
          i = j;
          continue;
        }
        body += d;
        i++;
      }
      const m = /^\s*([A-Za-z_]\w*)?\s*([\s\S]*)$/.exec(body);
      out.push({ kind: 'pp', directive: m[1] || '', rest: m[2].trim(), line: startLine });
      continue;
    }
    atLineStart = false;
    if (c === '"') {
      const j = skipQuoted(text, i);
      out.push({ kind: 'str', value: unescapeC(text.slice(i + 1, j - 1)), line });
      i = j;
      continue;
    }
    if (c === "'") {
      const j = skipQuoted(text, i);
      out.push({ kind: 'chr', value: text.slice(i, j), line });
      i = j;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /\w/.test(text[j])) j++;
      out.push({ kind: 'id', value: text.slice(i, j), line });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] || ''))) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(text[j])) j++;
      out.push({ kind: 'num', value: text.slice(i, j), line });
      i = j;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (PUNCT2.has(two)) { out.push({ kind: 'p', value: two, line }); i += 2; continue; }
    out.push({ kind: 'p', value: c, line });
    i++;
  }
  return out;
}

function skipQuoted(text, i) {
  const q = text[i];
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === '\\') { j += 2; continue; }
    if (text[j] === q || text[j] === '\n') return j + 1;
    j++;
  }
  return j;
}

function unescapeC(s) {
  return s.replace(/\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)/g, (_, e) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return { n: '\n', t: '\t', r: '\r', 0: '\0' }[e] ?? e;
  });
}


/** Text of a token list, for recording raw C expressions. */
export function tokensText(tokens) {
  let s = '';
  for (const t of tokens) {
    const v = t.kind === 'str' ? JSON.stringify(t.value) : t.value;
    if (s && /[\w"]$/.test(s) && /^[\w"]/.test(v)) s += ' ';
    s += v;
  }
  return s;
}
