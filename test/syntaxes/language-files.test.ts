// Wiring of the grammars and language configurations: package.json points at
// them, the generated grammar JSON matches its source in syntaxes/src/, and
// the language-configuration regexes do what the editor needs (word
// selection, indent on `{` + Enter, outdent on `}`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, GRAMMAR_FILES, ROOT, SNAPSHOTS, loadGrammar } from './textmate';

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules: { beforeText: string; afterText?: string; action: { indent: string } }[];
}

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function readConfig(language: string): LanguageConfiguration {
  const entry = pkg.contributes.languages.find((l: { id: string }) => l.id === language);
  assert.ok(entry, `package.json declares language ${language}`);
  return JSON.parse(fs.readFileSync(path.join(ROOT, entry.configuration), 'utf8'));
}

function words(config: LanguageConfiguration, text: string): string[] {
  return text.match(new RegExp(config.wordPattern, 'g')) ?? [];
}

test('grammar JSON files are up to date with syntaxes/src', () => {
  execFileSync(process.execPath, [path.join(ROOT, 'syntaxes/src/generate.mjs'), '--check'], { stdio: 'pipe' });
});

test('every snapshot belongs to an existing fixture', () => {
  for (const snap of fs.readdirSync(SNAPSHOTS)) {
    assert.match(snap, /\.snap$/);
    const fixture = snap.replace(/\.snap$/, '');
    assert.ok(fs.existsSync(path.join(FIXTURES, fixture)), `${snap} has no fixture ${fixture}: delete it`);
  }
});

test('package.json grammar entries point at the grammar files and scope names', () => {
  for (const [scopeName, file] of Object.entries(GRAMMAR_FILES)) {
    const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === scopeName);
    assert.ok(entry, `package.json declares ${scopeName}`);
    assert.equal(path.resolve(ROOT, entry.path), file);
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).scopeName, scopeName);
  }
});

test('the nginx grammar embeds source.lua under the scope package.json maps to lua', async () => {
  const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === 'source.nginx');
  assert.equal(entry.embeddedLanguages['meta.embedded.block.lua'], 'lua');
  const raw = fs.readFileSync(GRAMMAR_FILES['source.nginx'], 'utf8');
  assert.ok(raw.includes('"contentName": "meta.embedded.block.lua"'));
  assert.ok(raw.includes('"include": "source.lua"'));
  await loadGrammar('source.nginx');
});

test('every #include resolves and every repository rule is used', () => {
  for (const file of Object.values(GRAMMAR_FILES)) {
    const grammar = JSON.parse(fs.readFileSync(file, 'utf8'));
    const included = new Set<string>();
    JSON.stringify(grammar, (key, value) => {
      if (key === 'include' && typeof value === 'string' && value.startsWith('#')) included.add(value.slice(1));
      return value;
    });
    const defined = new Set(Object.keys(grammar.repository));
    for (const name of included) assert.ok(defined.has(name), `${path.basename(file)}: #${name} is not defined`);
    for (const name of defined) assert.ok(included.has(name), `${path.basename(file)}: ${name} is never included`);
  }
});

test('both grammars load without errors', async () => {
  for (const scopeName of Object.keys(GRAMMAR_FILES)) assert.ok(await loadGrammar(scopeName));
});

test('language configurations: # comments, brackets, auto-closing and surrounding quotes', () => {
  for (const [language, quotes] of [
    ['nginx', ['"', "'"]],
    ['caddyfile', ['"', '`']],
  ] as const) {
    const config = readConfig(language);
    assert.equal(config.comments.lineComment, '#');
    assert.deepEqual(config.brackets, [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ]);
    const autoClosed = config.autoClosingPairs.map((p) => p.open + p.close);
    const surrounding = config.surroundingPairs.map((p) => p.join(''));
    for (const pair of ['{}', '[]', '()', ...quotes.map((q) => q + q)]) {
      assert.ok(autoClosed.includes(pair), `${language} auto-closes ${pair}`);
      assert.ok(surrounding.includes(pair), `${language} surrounds with ${pair}`);
    }
  }
});

test('nginx wordPattern keeps $variables and ${variables} whole', () => {
  const config = readConfig('nginx');
  assert.deepEqual(words(config, 'proxy_set_header Host $http_host;'), ['proxy_set_header', 'Host', '$http_host']);
  assert.deepEqual(words(config, 'set $a "${b}x";'), ['set', '$a', '${b}', 'x']);
  assert.deepEqual(words(config, 'client_max_body_size 10m;'), ['client_max_body_size', '10m']);
});

test('caddyfile wordPattern keeps {placeholders}, {$ENV} and @matchers whole', () => {
  const config = readConfig('caddyfile');
  assert.deepEqual(words(config, 'reverse_proxy @api {http.request.uri}'), [
    'reverse_proxy',
    '@api',
    '{http.request.uri}',
  ]);
  assert.deepEqual(words(config, 'header X-Site {$SITE:default} {args[0]}'), [
    'header',
    'X-Site',
    '{$SITE:default}',
    '{args[0]}',
  ]);
});

test('nginx indentation: a line ending with "{" indents, "}" outdents', () => {
  const { increaseIndentPattern, decreaseIndentPattern } = readConfig('nginx').indentationRules;
  const opens = new RegExp(increaseIndentPattern);
  for (const line of ['server {', '    location ~ "^/a{2}$" {', 'location / { # note', 'if ($a = "}") {', 'http { server {']) {
    assert.ok(opens.test(line), `indents after: ${line}`);
  }
  for (const line of ['server { listen 80; }', '# server {', 'listen 80; # {', 'add_header X a#b;']) {
    assert.ok(!opens.test(line), `does not indent after: ${line}`);
  }
  assert.ok(new RegExp(decreaseIndentPattern).test('    }'));
});

test('caddyfile indentation: a line ending with " {" indents, "}" outdents', () => {
  const { increaseIndentPattern, decreaseIndentPattern } = readConfig('caddyfile').indentationRules;
  const opens = new RegExp(increaseIndentPattern);
  for (const line of ['{', 'example.com {', '\thandle /api/* {', '\tmap {host} {backend} {', '@m { # note']) {
    assert.ok(opens.test(line), `indents after: ${line}`);
  }
  for (const line of ['\theader X {path}', '\trespond "{"', '# site {', '\trespond `x {`']) {
    assert.ok(!opens.test(line), `does not indent after: ${line}`);
  }
  assert.ok(new RegExp(decreaseIndentPattern).test('\t}'));
});

test('onEnterRules: Enter between "{" and "}" indents and outdents, after "{" indents', () => {
  for (const language of ['nginx', 'caddyfile']) {
    const rules = readConfig(language).onEnterRules;
    const between = rules.find((r) => r.afterText && new RegExp(r.beforeText).test('server {') && new RegExp(r.afterText).test('}'));
    assert.equal(between?.action.indent, 'indentOutdent', language);
    const after = rules.find((r) => !r.afterText && new RegExp(r.beforeText).test('handle {'));
    assert.equal(after?.action.indent, 'indent', language);
  }
});
