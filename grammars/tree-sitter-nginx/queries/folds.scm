; Bodies of block directives, locations, ifs, map-like tables and Lua blocks.
[
  (block)
  (entry_block)
  (lua_block)
] @fold
