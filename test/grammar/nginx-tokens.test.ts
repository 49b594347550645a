// The text of the tokens tree-sitter-nginx cuts out, where `tree-sitter test` (which compares only
// the shape of the tree) cannot see a mistake: modifiers glued to location paths, the ")" that
// nginx cuts off the last token of a condition, Lua bodies, comments before CRLF, and so on.
// (nginx-argument-counts.test.ts compares every statement of the corpus with nginx's tokenizer.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Node, Tree } from 'web-tree-sitter';
import { wasmEngine } from '../support/grammarHarness';

/** Parses with the grammar's wasm build, as the language server does. */
async function parse(text: string): Promise<Tree> {
  const tree = (await wasmEngine('nginx')).parser.parse(text);
  if (!tree) throw new Error('no tree');
  return tree;
}

/** Texts of the named children of the first node of `type`. */
function partsOf(tree: Tree, type: string): string[] {
  const node = tree.rootNode.descendantsOfType(type)[0];
  assert.ok(node, `no ${type} in ${tree.rootNode.toString()}`);
  return node.namedChildren.filter((c): c is Node => c !== null).map((c) => c.text);
}

function texts(tree: Tree, type: string): string[] {
  return tree.rootNode.descendantsOfType(type).map((n) => n!.text);
}

function missing(tree: Tree): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node.isMissing) found.push(`${node.type}@${node.startIndex}`);
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  return found;
}

test('location modifiers are split from the path, spaced or attached', async () => {
  const cases: [string, string | undefined, string, string][] = [
    ['location = /x {}', '=', '/x', 'location_path'],
    ['location =/x {}', '=', '/x', 'location_path'],
    ['location ~*\\.php$ {}', '~*', '\\.php$', 'location_path'],
    ['location ~* \\.(gif|jpg)$ {}', '~*', '\\.(gif|jpg)$', 'location_path'],
    ['location ^~/static {}', '^~', '/static', 'location_path'],
    ['location ~/y {}', '~', '/y', 'location_path'],
    ['location ~ ~$ {}', '~', '~$', 'location_path'],
    ['location ~ "^/a{2,3}$" {}', '~', '"^/a{2,3}$"', 'string'],
    ['location @fallback {}', undefined, '@fallback', 'named_location'],
    ['location /api/ {}', undefined, '/api/', 'location_path'],
    ['location ^/odd {}', undefined, '^/odd', 'location_path'],
  ];
  for (const [input, modifier, pathText, pathType] of cases) {
    const tree = await parse(input);
    const location = tree.rootNode.firstChild!;
    assert.equal(location.type, 'location_directive', input);
    assert.equal(location.childForFieldName('modifier')?.text, modifier, input);
    assert.equal(location.childForFieldName('path')?.text, pathText, input);
    assert.equal(location.childForFieldName('path')?.type, pathType, input);
    tree.delete();
  }
});

test('if conditions: operands and operators, with the closing ")" cut off the last token', async () => {
  const cases: [string, string[]][] = [
    ['if ($uri ~ ^/(a|b)$) {}', ['$uri', '~', '^/(a|b)$']],
    ['if ($a ~ (x)) {}', ['$a', '~', '(x)']],
    ['if ($a ~ (x) ) {}', ['$a', '~', '(x)']],
    ['if ($a ~ ^x)y$) {}', ['$a', '~', '^x)y$']],
    ['if ($x) {}', ['$x']],
    ['if ( $x ) {}', ['$x']],
    ['if ($a = b) {}', ['$a', '=', 'b']],
    ['if ($a != "b c") {}', ['$a', '!=', '"b c"']],
    ['if ($a ~* "x{2}") {}', ['$a', '~*', '"x{2}"']],
    ['if ($a !~ x) {}', ['$a', '!~', 'x']],
    ['if ($a !~* x) {}', ['$a', '!~*', 'x']],
    ['if ($args ~ post=140){}', ['$args', '~', 'post=140']],
    ['if ($m = P\\{O\\)\\###\\;ST  ){}', ['$m', '=', 'P\\{O\\)\\###\\;ST']],
    ['if ($a = -f) {}', ['$a', '=', '-f']],
    ['if ($a$b) {}', ['$a$b']],
  ];
  for (const op of ['-f', '!-f', '-d', '!-d', '-e', '!-e', '-x', '!-x']) {
    cases.push([`if (${op} $request_filename) {}`, [op, '$request_filename']]);
  }
  for (const [input, expected] of cases) {
    const tree = await parse(input);
    assert.deepEqual(partsOf(tree, 'condition'), expected, input);
    assert.deepEqual(missing(tree), [], input);
    // the operator is the middle of three parts, or the first of two (file tests)
    const operator = expected.length === 3 ? [expected[1]] : expected.length === 2 ? [expected[0]] : [];
    assert.deepEqual(texts(tree, 'condition_operator'), operator, input);
    tree.delete();
  }
});

test('a bare variable operand is a variable, anything longer a word', async () => {
  const tree = await parse('if ($a = $b$c) {}');
  const condition = tree.rootNode.descendantsOfType('condition')[0]!;
  assert.deepEqual(condition.namedChildren.map((c) => c!.type), ['variable', 'condition_operator', 'word']);
  tree.delete();
});

test('words: variables are children, "#", "}" and quotes inside a word are text', async () => {
  const tree = await parse('return 301 https://$host$request_uri;\na#b c#d # note\n;\nx a}b${v}} don\'t"q";');
  assert.deepEqual(texts(tree, 'directive_name'), ['return', 'a#b', 'x']);
  assert.deepEqual(texts(tree, 'word'), ['301', 'https://$host$request_uri', 'c#d', 'a}b${v}}', 'don\'t"q"']);
  assert.deepEqual(texts(tree, 'variable'), ['$host', '$request_uri', '${v}']);
  assert.deepEqual(texts(tree, 'comment'), ['# note']);
  tree.delete();
});

/** The arguments of every statement (directive, block directive, map entry, if condition), as texts. */
function argumentsOf(tree: Tree): string[][] {
  const found: string[][] = [];
  const visit = (node: Node): void => {
    const statement = node.type !== 'if_directive' && node.childForFieldName('name') !== null;
    if (node.type === 'condition' || node.type === 'entry' || statement) {
      found.push(node.namedChildren.filter((c): c is Node => c !== null && ['word', 'string', 'variable'].includes(c.type)).map((c) => c.text));
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(tree.rootNode);
  return found;
}

test('text after a variable stays in the same word, as in nginx\'s tokenizer', async () => {
  const cases: [string, string[][]][] = [
    ['root /srv/$host/www;', [['/srv/$host/www']]],
    ['proxy_pass http://$host.internal:8080/x;', [['http://$host.internal:8080/x']]],
    ['set $a $b.c;', [['$a', '$b.c']]],
    ['set $a ${b}c;', [['$a', '${b}c']]],
    ['x a$b $a$b ${a}${b}x $1/x;', [['a$b', '$a$b', '${a}${b}x', '$1/x']]],
    ['x $/x a$/b$c/d ${a $a$ $a$${b}x;', [['$/x', 'a$/b$c/d', '${a', '$a$', '$a$${b}x']]],
    ['x $a}b $a#b $a"b" $a\\ b $a\\;b;', [['$a}b', '$a#b', '$a"b"', '$a\\ b', '$a\\;b']]],
    ['server_name $host{ listen 80; }', [['$host'], ['80']]],
    ['location /$x/y { root /a/$x.b/; }', [[], ['/a/$x.b/']]],
    ['if ($a.b = x$y/z) {}', [['$a.b', 'x$y/z']]],
    ['if (${a}b ~ ^/x$c) {}', [['${a}b', '^/x$c']]],
    ['if ($1/x) {}', [['$1/x']]],
    ['if (-f $document_root/$uri.html) {}', [['$document_root/$uri.html']]],
    ['if ($a = $b)) {}', [['$a', '$b)']]],
    ['map $uri$x.y $m.n { $c.d x$y.z; ~^/a$b/c "s${v}t"; default ${a}/b $c.; }',
      [['$uri$x.y', '$m.n'], ['$c.d', 'x$y.z'], ['~^/a$b/c', '"s${v}t"'], ['default', '${a}/b', '$c.']]],
    ['return 200 "a${b}c";', [['200', '"a${b}c"']]],
  ];
  for (const [input, expected] of cases) {
    const tree = await parse(input);
    assert.equal(tree.rootNode.hasError, false, input);
    assert.deepEqual(argumentsOf(tree), expected, input);
    tree.delete();
  }
  const tree = await parse('root /srv/$host/www;');
  const word = tree.rootNode.descendantsOfType('word')[0]!;
  assert.deepEqual(word.namedChildren.map((c) => `${c!.type}:${c!.text}`), ['variable:$host']);
  tree.delete();
  const location = await parse('location ~ ^/a$b/c {}');
  assert.equal(location.rootNode.firstChild!.childForFieldName('path')!.text, '^/a$b/c');
  location.delete();
});

test('strings: escapes, variables and a final "$" of a regex', async () => {
  const tree = await parse('return 200 "a\\"b $x ${y}z \\. end$";');
  const string = tree.rootNode.descendantsOfType('string')[0]!;
  assert.deepEqual(
    string.namedChildren.map((c) => `${c!.type}:${c!.text}`),
    ['string_content:a', 'escape_sequence:\\"', 'string_content:b ', 'variable:$x', 'string_content: ', 'variable:${y}', 'string_content:z \\. end$'],
  );
  tree.delete();
});

test('quoted directive names, keywords included', async () => {
  const tree = await parse('"listen" 80;\n"location" /a {}\n\'if\' ($a) {}\n"rewrite_by_lua_block" { x() }');
  assert.deepEqual(
    tree.rootNode.namedChildren.map((c) => `${c!.type}:${c!.childForFieldName('name')!.text}`),
    ['directive:"listen"', 'location_directive:"location"', 'if_directive:\'if\'', 'lua_directive:"rewrite_by_lua_block"'],
  );
  tree.delete();
});

test('map-like bodies are entries with a key and values', async () => {
  const tree = await parse('map $a $b { default 0; "~^/x{2}" 1; ~*y "v w"; hostnames; include f.conf; }');
  const entries = tree.rootNode.descendantsOfType('entry').map((e) => [
    e!.childForFieldName('key')!.text,
    ...e!.childrenForFieldName('value').map((v) => v!.text),
  ]);
  assert.deepEqual(entries, [['default', '0'], ['"~^/x{2}"', '1'], ['~*y', '"v w"'], ['hostnames'], ['include', 'f.conf']]);
  tree.delete();
});

test('Lua bodies are kept raw, up to the brace that balances the opening one', async () => {
  const body = [
    'local t = { a = "}", b = \'}\', c = [[}]], d = [==[ ]] } ]==] }',
    '  -- a comment }',
    '  --[[ a long comment } ]] --[=[ } ]=]',
    '  s = "\\"}" .. \'\\\'}\'',
  ].join('\n');
  const tree = await parse(`content_by_lua_block {\n  ${body}\n}\nnext 1;`);
  assert.deepEqual(texts(tree, 'lua_code'), [body]);
  assert.deepEqual(texts(tree, 'directive_name'), ['content_by_lua_block', 'next']);
  tree.delete();
  const empty = await parse('init_by_lua_block {  }');
  assert.deepEqual(texts(empty, 'lua_code'), []);
  empty.delete();
});

test('CRLF, a byte order mark and a missing final newline change nothing', async () => {
  const tree = await parse('\ufeffuser nginx; # c\r\nhttp {\r\n  listen 80;\r\n}');
  assert.deepEqual(texts(tree, 'comment'), ['# c']);
  assert.deepEqual(texts(tree, 'directive_name'), ['user', 'http', 'listen']);
  assert.equal(tree.rootNode.hasError, false);
  tree.delete();
});

test('recovery: MISSING ";" right after the statement, one MISSING "}" for unclosed blocks', async () => {
  const semicolon = await parse('http {\n  server {\n    listen 80\n  }\n  server { listen 81; }\n}\n');
  assert.deepEqual(missing(semicolon), [`;@${'http {\n  server {\n    listen 80'.length}`]);
  assert.equal(semicolon.rootNode.descendantsOfType('block_directive').length, 3);
  semicolon.delete();

  const braces = await parse('http {\n  server {\n    location / {\n      root /srv;\n');
  assert.deepEqual(missing(braces).map((m) => m.split('@')[0]), ['}']);
  assert.equal(braces.rootNode.descendantsOfType('location_directive').length, 1);
  assert.equal(braces.rootNode.descendantsOfType('ERROR').length, 0);
  braces.delete();

  const paren = await parse('if ($slow {\n  set $v 1;\n}\nlocation / {}\n');
  assert.deepEqual(missing(paren), [`)@${'if ($slow'.length}`]);
  assert.equal(paren.rootNode.descendantsOfType('location_directive').length, 1);
  paren.delete();

  const stray = await parse('events { }\n}\nhttp { server { listen 80; } }\n');
  const errors = stray.rootNode.descendantsOfType('ERROR');
  assert.deepEqual(errors.map((e) => e!.text), ['}']);
  assert.equal(stray.rootNode.descendantsOfType('block_directive').length, 3);
  stray.delete();
});
