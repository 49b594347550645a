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

// The rules for arguments are in nginx-values.mjs, those for Lua blocks in nginx-lua.mjs, and the
// token pieces they share in nginx-tokens.mjs.

import { luaRules } from './nginx-lua.mjs';
import { BARE, BARE_IN_CONDITION, R, TE, TS, blockStatementEnd, regexToken } from './nginx-tokens.mjs';
import { valueRules } from './nginx-values.mjs';

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
      ...blockStatementEnd,
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

    ...luaRules,
    ...valueRules,
  },
};
