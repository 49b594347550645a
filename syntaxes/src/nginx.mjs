// Source of syntaxes/nginx.tmLanguage.json. Edit this file, then run
// `node syntaxes/src/generate.mjs` to regenerate the JSON grammar.
//
// Model of the nginx lexer (ngx_conf_read_token) that the rules follow:
//  * tokens are separated by whitespace; `;` ends a statement, `{` opens a
//    block, `}` closes it;
//  * `#` starts a comment only at the start of a token (`a#b` is one word);
//  * a quote only starts a quoted token at the start of a token;
//  * the first token of a statement is the directive name, and a statement
//    may span several lines.

const R = String.raw;

// Zero-width checks for "at the start of a token" / "at the end of a token".
const TS = R`(?<![^\s;{}])`;
const TE = R`(?=[\s;{}]|$)`;
// Token start/end for argument values: also after `=` (`weight=5`), and
// before `)` (inside `if (...)`).
const ARG_TS = R`(?<![^\s;{}=])`;
const ARG_TE = R`(?=[\s;{})]|$)`;

// An unquoted token that does not start with a quote.
const BARE = R`(?:[^\s;{}"'\\]|\\.)(?:[^\s;{}\\]|\\.)*`;
// The same, but inside `if (...)`: a trailing `)` closes the condition.
const BARE_IN_CONDITION = R`(?:[^\s;{}"'\\]|\\.)(?:[^\s;{}\\]|\\.)*?(?=\)?(?:[\s;{]|$))`;

// Captures retokenized with `patterns` do not inherit the scopes of the
// enclosing captures, so regex content names its string.regexp scope itself.
const regexContent = { name: 'string.regexp.nginx', patterns: [{ include: '#regex-content' }] };

// A regular expression token: double-quoted, single-quoted or bare.
// Uses 9 capture groups starting at `first`.
function regexToken(first, bare = BARE) {
  const quoted = (q) => R`((${q})((?:[^${q}\\]|\\.)*)(${q}))`;
  const source = `(?:${quoted('"')}|${quoted("'")}|(${bare}))`;
  const captures = {};
  for (const offset of [0, 4]) {
    captures[first + offset] = { name: 'string.regexp.nginx' };
    captures[first + offset + 1] = { name: 'punctuation.definition.string.begin.nginx' };
    captures[first + offset + 2] = regexContent;
    captures[first + offset + 3] = { name: 'punctuation.definition.string.end.nginx' };
  }
  captures[first + 8] = regexContent;
  return { source, captures };
}

const statementEnd = {
  end: R`(;)|(?=[{}])`,
  endCaptures: { 1: { name: 'punctuation.terminator.statement.nginx' } },
  // `{{ jinja }}` must win over the `(?=[{}])` end when both match at once.
  applyEndPatternLast: 1,
};

// Directives whose block body is a table of `key value;` entries rather
// than directives.
const TABLE_BLOCKS = ['map', 'geo', 'split_clients', 'types', 'charset_map'];
// Other block directives. `server` is only a block when nothing follows it
// on the line (inside `upstream`, `server host:port ...;` is a directive).
const BLOCKS = ['http', 'events', 'stream', 'mail', 'upstream', 'limit_except', 'match'];

const location = regexToken(2);
const rewrite = regexToken(2);
const ifRegex = regexToken(2, BARE_IN_CONDITION);

export default {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'nginx',
  scopeName: 'source.nginx',
  fileTypes: ['conf', 'nginx', 'nginxconf'],
  patterns: [{ include: '#statements' }, { include: '#stray-close' }],
  repository: {
    statements: {
      patterns: [
        { include: '#comment' },
        { include: '#template' },
        { include: '#lua-block-directive' },
        { include: '#location' },
        { include: '#if' },
        { include: '#table-directive' },
        { include: '#block-directive' },
        { include: '#regex-first-directive' },
        { include: '#directive' },
        { include: '#block' },
        { include: '#terminator' },
        { include: '#arguments' },
      ],
    },

    comment: {
      match: TS + R`(#).*$`,
      name: 'comment.line.number-sign.nginx',
      captures: { 1: { name: 'punctuation.definition.comment.nginx' } },
    },

    // Jinja / templating markers found in *.conf.j2 files.
    template: {
      patterns: [
        {
          match: R`(\{\{)(.*?)(\}\})`,
          name: 'meta.template.expression.nginx',
          captures: {
            1: { name: 'punctuation.section.embedded.begin.nginx' },
            2: { name: 'variable.other.template.nginx' },
            3: { name: 'punctuation.section.embedded.end.nginx' },
          },
        },
        {
          match: R`(\{%)(.*?)(%\})`,
          name: 'meta.template.statement.nginx',
          captures: {
            1: { name: 'punctuation.section.embedded.begin.nginx' },
            3: { name: 'punctuation.section.embedded.end.nginx' },
          },
        },
        { match: R`\{#.*?#\}`, name: 'comment.block.template.nginx' },
      ],
    },

    block: {
      begin: R`\{`,
      beginCaptures: { 0: { name: 'punctuation.section.block.begin.nginx' } },
      end: R`\}`,
      endCaptures: { 0: { name: 'punctuation.section.block.end.nginx' } },
      patterns: [{ include: '#statements' }],
    },

    terminator: { match: ';', name: 'punctuation.terminator.statement.nginx' },

    'stray-close': { match: R`\}`, name: 'invalid.illegal.stray-brace.nginx' },

    // Any directive: the first token of a statement.
    directive: {
      begin: TS + R`((?:[^\s;{}"'#$\\]|\\.)(?:[^\s;{}\\]|\\.)*)`,
      beginCaptures: { 1: { name: 'keyword.other.directive.nginx' } },
      ...statementEnd,
      patterns: [{ include: '#arguments' }],
    },

    'block-directive': {
      begin: TS + R`(${BLOCKS.join('|')}|server(?=\s*(?:[{#]|$)))` + TE,
      beginCaptures: { 1: { name: 'storage.type.block.nginx' } },
      ...statementEnd,
      patterns: [{ include: '#arguments' }],
    },

    // location [ = | ^~ | ~ | ~* ] uri { ... }   and   location @name { ... }
    location: {
      begin: TS + R`(location)` + TE,
      beginCaptures: { 1: { name: 'storage.type.block.nginx' } },
      ...statementEnd,
      patterns: [
        { include: '#comment' },
        { include: '#template' },
        {
          // `~ regex`, `~* regex`, and the glued forms `~regex`, `~*regex`.
          match: TS + R`(~\*?)\s*` + location.source + '?',
          captures: { 1: { name: 'keyword.operator.modifier.nginx' }, ...location.captures },
        },
        { match: TS + R`(\^~(?=\s|$)|=)`, captures: { 1: { name: 'keyword.operator.modifier.nginx' } } },
        { match: TS + R`@[^\s;{}]+`, name: 'entity.name.function.location.nginx' },
        { include: '#strings' },
        { match: R`(?<![^\s;{}=])` + BARE, name: 'string.unquoted.path.nginx' },
      ],
    },

    // if (condition) { ... }
    if: {
      begin: TS + R`(if)(?=[\s(]|$)`,
      beginCaptures: { 1: { name: 'keyword.control.conditional.nginx' } },
      ...statementEnd,
      patterns: [{ include: '#comment' }, { include: '#condition' }, { include: '#arguments' }],
    },

    condition: {
      begin: R`\(`,
      beginCaptures: { 0: { name: 'punctuation.section.parens.begin.nginx' } },
      end: R`\)(?=[\s;{]|$)`,
      endCaptures: { 0: { name: 'punctuation.section.parens.end.nginx' } },
      patterns: [
        {
          // `$var ~ regex`, `$var !~* "regex"`
          match: R`(?<=\s)(!?~\*?)(?:\s+` + ifRegex.source + ')?' + R`(?=[\s)]|$)`,
          captures: { 1: { name: 'keyword.operator.regex.nginx' }, ...ifRegex.captures },
        },
        { match: R`(?<=\s)!?=(?=\s)`, name: 'keyword.operator.comparison.nginx' },
        { match: R`(?<=[\s(])!?-[fdex](?=\s)`, name: 'keyword.operator.test.nginx' },
        { include: '#arguments' },
      ],
    },

    // map / geo / split_clients / types / charset_map: the body holds
    // `key value;` entries, where keys may be regular expressions.
    'table-directive': {
      begin: TS + `(${TABLE_BLOCKS.join('|')})` + TE,
      beginCaptures: { 1: { name: 'storage.type.block.nginx' } },
      end: R`(;)|(\})`,
      endCaptures: {
        1: { name: 'punctuation.terminator.statement.nginx' },
        2: { name: 'punctuation.section.block.end.nginx' },
      },
      patterns: [
        { include: '#comment' },
        { include: '#template' },
        {
          begin: R`\{`,
          beginCaptures: { 0: { name: 'punctuation.section.block.begin.nginx' } },
          end: R`(?=\})`,
          patterns: [
            { include: '#comment' },
            { include: '#template' },
            {
              match: R`(?:^|(?<=[;{]))\s*(default|hostnames|volatile|include|ranges|delete|proxy|proxy_recursive)(?=[\s;]|$)`,
              captures: { 1: { name: 'keyword.other.directive.nginx' } },
            },
            { include: '#arguments' },
            { include: '#terminator' },
          ],
        },
        { include: '#arguments' },
      ],
    },

    // rewrite regex replacement [flag];   fastcgi_split_path_info regex;
    'regex-first-directive': {
      begin: TS + R`(rewrite|fastcgi_split_path_info)(?=\s|$)(?:\s+` + rewrite.source + ')?' + TE,
      beginCaptures: { 1: { name: 'keyword.other.directive.nginx' }, ...rewrite.captures },
      ...statementEnd,
      patterns: [
        {
          match: TS + R`(?:last|break|redirect|permanent)` + TE,
          name: 'keyword.other.flag.nginx',
        },
        { include: '#arguments' },
      ],
    },

    // content_by_lua_block { ... } and friends: the body is Lua.
    'lua-block-directive': {
      begin: TS + R`(\w+_by_lua_block)(?=[\s{]|$)`,
      beginCaptures: { 1: { name: 'keyword.other.directive.nginx' } },
      end: R`(;)|(\})`,
      endCaptures: {
        1: { name: 'punctuation.terminator.statement.nginx' },
        2: { name: 'punctuation.section.block.end.nginx' },
      },
      patterns: [
        { include: '#comment' },
        {
          begin: R`\{`,
          beginCaptures: { 0: { name: 'punctuation.section.block.begin.nginx' } },
          end: R`(?=\})`,
          contentName: 'meta.embedded.block.lua',
          patterns: [{ include: '#lua' }],
        },
        { include: '#arguments' },
      ],
    },

    // The parts of Lua that decide where the block ends (strings, comments,
    // nested braces) are handled here so that a `}` inside them never closes
    // the nginx block, whatever Lua grammar is installed; the rest is
    // delegated to source.lua.
    lua: {
      patterns: [
        {
          begin: R`--\[(=*)\[`,
          end: R`\]\1\]`,
          name: 'comment.block.lua',
          beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.lua' } },
          endCaptures: { 0: { name: 'punctuation.definition.comment.end.lua' } },
        },
        {
          match: R`(--).*$`,
          name: 'comment.line.double-dash.lua',
          captures: { 1: { name: 'punctuation.definition.comment.lua' } },
        },
        {
          begin: R`\[(=*)\[`,
          end: R`\]\1\]`,
          name: 'string.quoted.other.multiline.lua',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.lua' } },
          endCaptures: { 0: { name: 'punctuation.definition.string.end.lua' } },
        },
        luaString('"', 'double'),
        luaString("'", 'single'),
        {
          begin: R`\{`,
          beginCaptures: { 0: { name: 'punctuation.section.table.begin.lua' } },
          end: R`\}`,
          endCaptures: { 0: { name: 'punctuation.section.table.end.lua' } },
          patterns: [{ include: '#lua' }],
        },
        { include: 'source.lua' },
      ],
    },

    arguments: {
      patterns: [
        { include: '#comment' },
        { include: '#template' },
        { include: '#regex-argument' },
        { include: '#strings' },
        { include: '#variables' },
        { match: TS + R`@[^\s;{}]+`, name: 'entity.name.function.location.nginx' },
        {
          match: TS + R`([A-Za-z_][A-Za-z0-9_]*)(=)(?=[^\s;{}=])`,
          captures: {
            1: { name: 'variable.parameter.nginx' },
            2: { name: 'keyword.operator.assignment.nginx' },
          },
        },
        {
          match:
            ARG_TS +
            R`-?\d+(?:\.\d+)?(?:(?:ms|[smhdwMy])(?:\d+(?:ms|[smhdwMy]))*|[kKgG]|%)?` +
            ARG_TE,
          name: 'constant.numeric.nginx',
        },
        { match: ARG_TS + R`(?:on|off)` + ARG_TE, name: 'constant.language.boolean.nginx' },
        { match: R`\\["'\\tnr\s;{}#]`, name: 'constant.character.escape.nginx' },
      ],
    },

    // A token starting with `~` (or `~*`) is a regular expression: map keys,
    // server_name, valid_referers, proxy_redirect ...
    'regex-argument': {
      patterns: [
        {
          match: TS + R`((~\*?)((?:[^\s;{}\\]|\\.)+))`,
          captures: {
            1: { name: 'string.regexp.nginx' },
            2: { name: 'keyword.operator.regex.nginx' },
            3: regexContent,
          },
        },
        quotedRegexArgument('"', 'double'),
        quotedRegexArgument("'", 'single'),
      ],
    },

    strings: {
      patterns: [quotedString('"', 'double'), quotedString("'", 'single')],
    },

    variables: {
      patterns: [
        {
          match: R`(\$\{)([A-Za-z0-9_]+)(\})`,
          name: 'variable.other.nginx',
          captures: {
            1: { name: 'punctuation.definition.variable.begin.nginx' },
            3: { name: 'punctuation.definition.variable.end.nginx' },
          },
        },
        {
          match: R`(\$)[A-Za-z0-9_]+`,
          name: 'variable.other.nginx',
          captures: { 1: { name: 'punctuation.definition.variable.nginx' } },
        },
      ],
    },

    'regex-content': {
      patterns: [
        { match: R`\\.`, name: 'constant.character.escape.regexp.nginx' },
        {
          begin: R`(\[)(\^)?\]?`,
          beginCaptures: {
            1: { name: 'punctuation.definition.character-class.begin.regexp.nginx' },
            2: { name: 'keyword.operator.negation.regexp.nginx' },
          },
          end: R`\]`,
          endCaptures: { 0: { name: 'punctuation.definition.character-class.end.regexp.nginx' } },
          name: 'constant.other.character-class.set.regexp.nginx',
          patterns: [
            { match: R`\[:\^?[a-z]+:\]`, name: 'constant.other.character-class.posix.regexp.nginx' },
            { match: R`\\.`, name: 'constant.character.escape.regexp.nginx' },
          ],
        },
        {
          // named groups become nginx variables: (?<name>...) (?P<name>...) (?'name'...)
          match: R`(\(\?P?<|\(\?')([A-Za-z_]\w*)([>'])`,
          captures: {
            1: { name: 'punctuation.definition.group.begin.regexp.nginx' },
            2: { name: 'variable.other.nginx' },
            3: { name: 'punctuation.definition.group.begin.regexp.nginx' },
          },
        },
        {
          match: R`\((?:\?(?:<[=!]|[:=!>|]|[A-Za-z-]+:?))?`,
          name: 'punctuation.definition.group.begin.regexp.nginx',
        },
        { match: R`\)`, name: 'punctuation.definition.group.end.regexp.nginx' },
        { match: R`[\^$]`, name: 'keyword.control.anchor.regexp.nginx' },
        { match: R`(?:[*+?]|\{\d+(?:,\d*)?\})[?+]?`, name: 'keyword.operator.quantifier.regexp.nginx' },
        { match: R`\|`, name: 'keyword.operator.or.regexp.nginx' },
      ],
    },
  },
};

function quotedString(q, kind) {
  return {
    begin: R`(?<![^\s;{}(])` + q,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.nginx' } },
    end: q,
    endCaptures: { 0: { name: 'punctuation.definition.string.end.nginx' } },
    name: `string.quoted.${kind}.nginx`,
    patterns: [
      { match: R`\\["'\\tnr]`, name: 'constant.character.escape.nginx' },
      { include: '#variables' },
    ],
  };
}

function quotedRegexArgument(q, kind) {
  return {
    begin: R`(?<![^\s;{}(])(${q})(~\*?)`,
    beginCaptures: {
      1: { name: 'punctuation.definition.string.begin.nginx' },
      2: { name: 'keyword.operator.regex.nginx' },
    },
    end: q,
    endCaptures: { 0: { name: 'punctuation.definition.string.end.nginx' } },
    name: 'string.regexp.nginx',
    patterns: [{ include: '#regex-content' }],
    comment: `${kind}-quoted regular expression such as "~^/api"`,
  };
}

function luaString(q, kind) {
  return {
    begin: q,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.lua' } },
    end: R`(${q})|(?<!\\)$`,
    endCaptures: { 1: { name: 'punctuation.definition.string.end.lua' } },
    name: `string.quoted.${kind}.lua`,
    patterns: [
      {
        match: R`\\(?:\d{1,3}|x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]+\}|z|.|$)`,
        name: 'constant.character.escape.lua',
      },
    ],
  };
}
