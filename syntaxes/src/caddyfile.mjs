// Source of syntaxes/caddyfile.tmLanguage.json. Edit this file, then run
// `node syntaxes/src/generate.mjs` to regenerate the JSON grammar.
//
// Model of the Caddyfile lexer/parser that the rules follow:
//  * tokens are separated by whitespace, and newlines matter: the first
//    token of a line inside a block is a directive (or subdirective);
//  * `{` opening a block is the last token of its line, `}` closing a block
//    stands on its own line;
//  * at the top level a line holds site addresses (or a snippet `(name)`,
//    a named route `&(name)`, `import`, or a lone `{` for global options);
//    a trailing comma continues the address list on the next line, and a
//    site without braces takes the rest of the file as its body;
//  * `#` starts a comment only at the start of a token; `"` and `` ` ``
//    start quoted tokens only at the start of a token; `<<MARKER` at the
//    end of a line starts a heredoc;
//  * the second token of a directive line is a matcher when it is `*`,
//    starts with `/`, or starts with `@`.

const R = String.raw;

// After a block-opening `{`: optional comment, then end of line.
const OPEN_REST = R`(?=\s*(?:\s#.*)?$)`;
// Lookahead: the rest of the line ends with a block-opening ` {`.
const OPENS_BLOCK = R`(?=(?:\S|\s(?!#))*\s\{\s*(?:\s#.*)?$)`;
// End of a directive line (a trailing backslash continues it).
// (The lookbehind also refuses the positions after a CR and after the `\n`
// that vscode-textmate appends to each line, where `$` would match too.)
const LINE_END = R`(?<![\\\r\n])(?=\r?$)`;
// First token of a line that can be a directive name.
const NAME = R`[^\s#{}"\x60@][^\s]*`;
// A matcher token in second position: `*`, `/path...`, `@name`.
const MATCHER = R`(?:(@[^\s#{}"\x60]+)|(\*)|(/[^\s]*))(?=\s|$)`;
// Directives whose second token is never a matcher.
const NO_MATCHER = ['bind', 'tls', 'log', 'try_files', 'fs'];
// Directives whose block holds directives (with matchers), not subdirectives.
const CONTAINERS = ['handle', 'handle_path', 'handle_errors', 'route', 'handle_response'];

const DIRECTIVE = { name: 'keyword.other.directive.caddyfile' };
const BLOCK_BEGIN = { name: 'punctuation.section.block.begin.caddyfile' };
const BLOCK_END = { name: 'punctuation.section.block.end.caddyfile' };
const placeholdersOnly = [
  { include: '#env-placeholder' },
  { include: '#placeholder' },
  { include: '#escaped-brace' },
];
// Captures for the three groups of MATCHER, numbered from `first`.
const MATCHER_CAPTURES = (first) => ({
  [first]: { name: 'entity.name.function.matcher.caddyfile' },
  [first + 1]: { name: 'keyword.operator.wildcard.caddyfile' },
  [first + 2]: { name: 'string.unquoted.matcher.path.caddyfile', patterns: placeholdersOnly },
});

// `{` at the end of a header line, up to (not including) the closing `}`.
function body(include) {
  return {
    begin: R`(?<=\s)(\{)` + OPEN_REST,
    beginCaptures: { 1: BLOCK_BEGIN },
    end: R`^(?=\s*\})`,
    patterns: [{ include }],
  };
}

// A line whose block closes with a `}` line; `head` has matched the first
// tokens of the line, `inside` is what the block contains.
function withBlock(head, captures, inside) {
  return {
    begin: head + OPENS_BLOCK,
    beginCaptures: captures,
    end: R`^\s*(\})`,
    endCaptures: { 1: BLOCK_END },
    patterns: [body(inside), { include: '#arguments' }],
  };
}

function line(head, captures) {
  return { begin: head, beginCaptures: captures, end: LINE_END, patterns: [{ include: '#arguments' }] };
}

// Directive name, then (unless the directive takes none) an optional matcher.
const DIRECTIVE_HEAD =
  R`^\s*(?:(${NO_MATCHER.join('|')})(?=\s|$)|(${NAME})(?:\s+${MATCHER})?)`;
const DIRECTIVE_HEAD_CAPTURES = { 1: DIRECTIVE, 2: DIRECTIVE, ...MATCHER_CAPTURES(3) };
const CONTAINER_HEAD = R`^\s*(${CONTAINERS.join('|')})(?=\s|$)(?:\s+${MATCHER})?`;
const CONTAINER_HEAD_CAPTURES = { 1: DIRECTIVE, ...MATCHER_CAPTURES(2) };

export default {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Caddyfile',
  scopeName: 'source.caddyfile',
  fileTypes: ['Caddyfile', 'caddyfile'],
  patterns: [
    { include: '#comment' },
    { include: '#global-options' },
    { include: '#snippet' },
    { include: '#named-route' },
    { include: '#import' },
    { include: '#site-block' },
    { include: '#site-without-braces' },
    { include: '#stray-close' },
  ],
  repository: {
    comment: {
      // (stops before a CR, so that LINE_END still sees the end of the line)
      match: R`(?<!\S)(#)[^\r\n]*`,
      name: 'comment.line.number-sign.caddyfile',
      captures: { 1: { name: 'punctuation.definition.comment.caddyfile' } },
    },

    'stray-close': { match: R`^\s*\}`, name: 'invalid.illegal.stray-brace.caddyfile' },

    'global-options': {
      begin: R`^\s*(\{)` + OPEN_REST,
      beginCaptures: { 1: BLOCK_BEGIN },
      end: R`^\s*(\})`,
      endCaptures: { 1: BLOCK_END },
      patterns: [{ include: '#subdirectives' }],
    },

    snippet: {
      begin: R`^\s*(\()([^\s()]+)(\))\s+(\{)` + OPEN_REST,
      beginCaptures: {
        1: { name: 'punctuation.definition.snippet.begin.caddyfile' },
        2: { name: 'entity.name.function.snippet.caddyfile' },
        3: { name: 'punctuation.definition.snippet.end.caddyfile' },
        4: BLOCK_BEGIN,
      },
      end: R`^\s*(\})`,
      endCaptures: { 1: BLOCK_END },
      patterns: [{ include: '#directives' }],
    },

    'named-route': {
      begin: R`^\s*(&\()([^\s()]+)(\))\s+(\{)` + OPEN_REST,
      beginCaptures: {
        1: { name: 'punctuation.definition.named-route.begin.caddyfile' },
        2: { name: 'entity.name.function.named-route.caddyfile' },
        3: { name: 'punctuation.definition.named-route.end.caddyfile' },
        4: BLOCK_BEGIN,
      },
      end: R`^\s*(\})`,
      endCaptures: { 1: BLOCK_END },
      patterns: [{ include: '#directives' }],
    },

    // import <snippet-name | file-or-glob> [args...]
    import: line(
      R`^\s*(import)(?=\s|$)(?:\s+(?:([^\s#"\x60]*[/.*][^\s]*)|([^\s#"\x60]+)))?`,
      {
        1: { name: 'keyword.control.import.caddyfile' },
        2: { name: 'string.unquoted.path.caddyfile', patterns: placeholdersOnly },
        3: { name: 'entity.name.function.snippet.caddyfile' },
      },
    ),

    // Addresses ending with ` {` (or with a comma: the list goes on).
    'site-block': {
      begin: R`^(?=\s*(?:[^\s#{}]|\{(?=\S))(?:\S|\s(?!#))*?(?:,|\s\{)\s*(?:\s#.*)?$)`,
      end: R`^\s*(\})`,
      endCaptures: { 1: BLOCK_END },
      patterns: [{ include: '#comment' }, body('#directives'), { include: '#site-addresses' }],
    },

    // A single site without braces: the first line holds the addresses and
    // the rest of the file is the site body.
    'site-without-braces': {
      begin: R`^\s*((?:[^\s#{}]|\{(?=\S))\S*(?:\s+(?!#)\S+)*)`,
      beginCaptures: { 1: { patterns: [{ include: '#site-addresses' }] } },
      end: R`(?!)`,
      patterns: [{ include: '#directives' }],
    },

    'site-addresses': {
      patterns: [
        { match: ',', name: 'punctuation.separator.comma.caddyfile' },
        {
          match: R`(?:[^\s,{}#]|\{[^\s{}]*\})(?:[^\s,{}]|\{[^\s{}]*\})*`,
          captures: {
            0: {
              name: 'entity.name.tag.caddyfile',
              patterns: [
                ...placeholdersOnly,
                {
                  match: R`(:)(\d+)(?=/|$)`,
                  captures: {
                    1: { name: 'punctuation.separator.port.caddyfile' },
                    2: { name: 'constant.numeric.port.caddyfile' },
                  },
                },
              ],
            },
          },
        },
      ],
    },

    // Lines of a site, snippet, named route or handle/route block.
    directives: {
      patterns: [
        { include: '#comment' },
        { include: '#import' },
        { include: '#matcher-definition' },
        line(R`^\s*(invoke)(?=\s|$)(?:\s+${MATCHER})?(?:\s+([^\s#{}"\x60]+))?`, {
          1: DIRECTIVE,
          ...MATCHER_CAPTURES(2),
          5: { name: 'entity.name.function.named-route.caddyfile' },
        }),
        withBlock(CONTAINER_HEAD, CONTAINER_HEAD_CAPTURES, '#directives'),
        withBlock(R`^\s*(map)(?=\s)(?:\s+${MATCHER})?`, { 1: DIRECTIVE, ...MATCHER_CAPTURES(2) }, '#map-entries'),
        withBlock(DIRECTIVE_HEAD, DIRECTIVE_HEAD_CAPTURES, '#subdirectives'),
        line(DIRECTIVE_HEAD, DIRECTIVE_HEAD_CAPTURES),
        { include: '#arguments' },
      ],
    },

    // Lines of a directive's own block (reverse_proxy { ... }) and of the
    // global options block: no matchers in second position.
    subdirectives: {
      patterns: [
        { include: '#comment' },
        { include: '#import' },
        withBlock(R`^\s*(handle_response)(?=\s|$)`, { 1: DIRECTIVE }, '#directives'),
        withBlock(R`^\s*(${NAME})`, { 1: DIRECTIVE }, '#subdirectives'),
        line(R`^\s*(${NAME})`, { 1: DIRECTIVE }),
        { include: '#arguments' },
      ],
    },

    // Body of `map <source> <destinations...> { ... }`: each line is an
    // input value (`~regex` or `default`) followed by output values.
    'map-entries': {
      patterns: [
        { include: '#comment' },
        {
          match: R`^\s*((~)(\S+))`,
          captures: {
            1: { name: 'string.regexp.caddyfile' },
            2: { name: 'keyword.operator.regex.caddyfile' },
          },
        },
        { match: R`^\s*(default)(?=\s|$)`, captures: { 1: { name: 'keyword.other.default.caddyfile' } } },
        { include: '#arguments' },
      ],
    },

    // @name { ... }  and  @name <matcher> <args...>
    'matcher-definition': {
      patterns: [
        {
          begin: R`^\s*(@[^\s#{}"\x60]+)\s+(\{)` + OPEN_REST,
          beginCaptures: { 1: { name: 'entity.name.function.matcher.caddyfile' }, 2: BLOCK_BEGIN },
          end: R`^\s*(\})`,
          endCaptures: { 1: BLOCK_END },
          patterns: [{ include: '#matcher-conditions' }],
        },
        line(R`^\s*(@[^\s#{}"\x60]+)(?:\s+(not)(?=\s))?(?:\s+([^\s#{}"\x60<]\S*))?`, {
          1: { name: 'entity.name.function.matcher.caddyfile' },
          2: { name: 'keyword.operator.logical.caddyfile' },
          3: { name: 'support.function.matcher.caddyfile' },
        }),
      ],
    },

    'matcher-conditions': {
      patterns: [
        { include: '#comment' },
        { include: '#import' },
        {
          begin: R`^\s*(not)\s+(\{)` + OPEN_REST,
          beginCaptures: { 1: { name: 'keyword.operator.logical.caddyfile' }, 2: BLOCK_BEGIN },
          end: R`^\s*(\})`,
          endCaptures: { 1: BLOCK_END },
          patterns: [{ include: '#matcher-conditions' }],
        },
        line(R`^\s*(?:(not)\s+)?(${NAME})`, {
          1: { name: 'keyword.operator.logical.caddyfile' },
          2: { name: 'support.function.matcher.caddyfile' },
        }),
        { include: '#arguments' },
      ],
    },

    arguments: {
      patterns: [
        { include: '#comment' },
        { include: '#heredoc' },
        { include: '#string-double' },
        { include: '#string-backtick' },
        ...placeholdersOnly,
        { match: R`(?<!\S)@[^\s#{}"\x60]+`, name: 'entity.name.function.matcher.caddyfile' },
        {
          match: R`(?<!\S)(?:[+-]?\d+(?:\.\d+)?(?:(?:ns|us|µs|ms|s|m|h|d)(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h|d))*|[kKmMgGtTpP]i?[bB]|[bB])?|[1-5]xx)(?=\s|$)`,
          name: 'constant.numeric.caddyfile',
        },
        { match: R`(?<!\S)(?:on|off)(?=\s|$)`, name: 'constant.language.boolean.caddyfile' },
        { match: R`\\(?=\r?$)`, name: 'constant.character.escape.line-continuation.caddyfile' },
      ],
    },

    'string-double': {
      begin: R`(?<!\S)"`,
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.caddyfile' } },
      end: '"',
      endCaptures: { 0: { name: 'punctuation.definition.string.end.caddyfile' } },
      name: 'string.quoted.double.caddyfile',
      patterns: [
        { match: R`\\"`, name: 'constant.character.escape.caddyfile' },
        ...placeholdersOnly,
        // any other backslash pair is literal, but still cannot end the string
        { match: R`\\.` },
      ],
    },

    'string-backtick': {
      begin: R`(?<!\S)\x60`,
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.caddyfile' } },
      end: R`\x60`,
      endCaptures: { 0: { name: 'punctuation.definition.string.end.caddyfile' } },
      name: 'string.quoted.other.backtick.caddyfile',
      patterns: placeholdersOnly,
    },

    heredoc: {
      begin: R`(?<!\S)(<<)([A-Za-z0-9_-]+)(?=\r?$)`,
      beginCaptures: {
        1: { name: 'keyword.operator.heredoc.caddyfile' },
        2: { name: 'keyword.control.heredoc-token.caddyfile' },
      },
      end: R`^\s*(\2)`,
      endCaptures: { 1: { name: 'keyword.control.heredoc-token.caddyfile' } },
      name: 'string.unquoted.heredoc.caddyfile',
      patterns: placeholdersOnly,
    },

    // {$VAR} and {$VAR:default}, substituted when the Caddyfile is read.
    'env-placeholder': {
      match: R`(\{\$)([A-Za-z_][A-Za-z0-9_]*)(?:(:)([^}\r\n]*))?(\})`,
      name: 'variable.other.env.caddyfile',
      captures: {
        1: { name: 'punctuation.definition.variable.begin.caddyfile' },
        3: { name: 'punctuation.separator.default.caddyfile' },
        4: { name: 'string.unquoted.default.caddyfile' },
        5: { name: 'punctuation.definition.variable.end.caddyfile' },
      },
    },

    // {path}, {http.request.uri}, {args[0]}, {re.name.1} ...
    placeholder: {
      match: R`(\{)[A-Za-z_][^\s{}]*(\})`,
      name: 'variable.other.placeholder.caddyfile',
      captures: {
        1: { name: 'punctuation.definition.variable.begin.caddyfile' },
        2: { name: 'punctuation.definition.variable.end.caddyfile' },
      },
    },

    'escaped-brace': { match: R`\\[{}]`, name: 'constant.character.escape.caddyfile' },
  },
};
