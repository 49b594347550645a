// The *_by_lua_block rules of the nginx grammar (syntaxes/src/nginx.mjs): a Lua body must end at
// its own closing brace, not at one inside a Lua string, comment or table.

import { R, TS, blockStatementEnd } from './nginx-tokens.mjs';

/** Repository entries, in the order the generated JSON lists them. */
export const luaRules = {
  // content_by_lua_block { ... } and friends: the body is Lua.
  'lua-block-directive': {
    begin: TS + R`(\w+_by_lua_block)(?=[\s{]|$)`,
    beginCaptures: { 1: { name: 'keyword.other.directive.nginx' } },
    ...blockStatementEnd,
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

};

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
