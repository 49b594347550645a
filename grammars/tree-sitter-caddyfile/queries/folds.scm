; Foldable regions: blocks of sites, snippets, named routes, global options,
; matcher definitions and directives; heredocs.
[
  (block)
  (heredoc)
] @fold
