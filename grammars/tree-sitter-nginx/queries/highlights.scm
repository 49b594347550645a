; Syntax highlighting for nginx configuration files.
; The tree-sitter CLI gives earlier patterns priority, so specific patterns
; come before general ones.

(comment) @comment

; Statements that open a structure, and the keywords among directive names.
(if_directive name: (directive_name) @keyword.conditional)
(location_directive name: (directive_name) @keyword)
(map_directive name: (directive_name) @keyword)
(lua_directive name: (directive_name) @keyword)
(block_directive name: (directive_name) @keyword)

; `include` pulls in other files, whatever the context.
((directive name: (directive_name) @keyword.import)
 (#eq? @keyword.import "include"))

(directive_name) @function

; Keys of map/geo/types/split_clients/charset_map/match bodies.
(entry key: (word) @property)
(entry key: (string) @property)

(location_modifier) @operator
(condition_operator) @operator
(location_path) @string.special.path
(named_location) @label

(variable) @variable

(escape_sequence) @string.escape
(string) @string

; Sizes, times, counts and ports: 80, 10m, 1h, 30s, 1024k.
((word) @number
 (#match? @number "^[0-9]+(\\.[0-9]+)?[kKmMgGsShdwyM]?$"))

; Flags and switches nginx spells the same everywhere.
((word) @constant.builtin
 (#match? @constant.builtin "^(on|off|default|default_server|any|all|none|last|break|redirect|permanent)$"))

["{" "}" "(" ")"] @punctuation.bracket

";" @punctuation.delimiter
