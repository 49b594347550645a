; A heredoc whose marker names a language (for example <<HTML, <<JSON, <<CSS) holds
; text in that language.
((heredoc
  (heredoc_start) @_start
  (heredoc_body) @injection.content)
  (#match? @_start "^<<(HTML|html)$")
  (#set! injection.language "html"))

((heredoc
  (heredoc_start) @_start
  (heredoc_body) @injection.content)
  (#match? @_start "^<<(JSON|json)$")
  (#set! injection.language "json"))

((heredoc
  (heredoc_start) @_start
  (heredoc_body) @injection.content)
  (#match? @_start "^<<(CSS|css)$")
  (#set! injection.language "css"))

((heredoc
  (heredoc_start) @_start
  (heredoc_body) @injection.content)
  (#match? @_start "^<<(JS|js|JAVASCRIPT|javascript)$")
  (#set! injection.language "javascript"))
