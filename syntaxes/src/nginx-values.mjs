// The argument rules of the nginx grammar (syntaxes/src/nginx.mjs): strings, variables,
// numbers, name=value parameters, and the inside of regular expressions.

import { ARG_TE, ARG_TS, R, TS, regexContent } from './nginx-tokens.mjs';

/** Repository entries, in the order the generated JSON lists them. */
export const valueRules = {
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
