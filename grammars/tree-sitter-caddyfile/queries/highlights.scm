; Caddyfile highlighting for Switchyard

(comment) @comment

; Site addresses, snippets and named routes
(site_address) @string.special.url
(snippet_name) @function.macro
(route_name) @function.macro

; Directives (and global options): `import` reads like a keyword, everything else
; like a function call.
((directive_name) @keyword.import
  (#eq? @keyword.import "import"))

(directive
  name: (directive_name) @function
  (#not-eq? @function "import"))

; Matchers
(matcher_name) @label
(matcher) @label

; Arguments
(word) @string.special
(quoted_string) @string
(backtick_string) @string
(heredoc_body) @string
[
  (heredoc_start)
  (heredoc_end)
] @punctuation.special
(escape_sequence) @string.escape
(placeholder) @variable.builtin
(env_placeholder) @constant.builtin

; Punctuation
[
  "{"
  "}"
] @punctuation.bracket
"," @punctuation.delimiter
