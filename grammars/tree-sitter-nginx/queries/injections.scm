; The body of `*_by_lua_block { … }` is Lua source code.
((lua_code) @injection.content
 (#set! injection.language "lua"))

; `*_by_lua "…"` directives take their Lua code as a string argument.
((directive
   name: (directive_name) @_name
   (string (string_content) @injection.content))
 (#match? @_name "_by_lua$")
 (#set! injection.language "lua"))
