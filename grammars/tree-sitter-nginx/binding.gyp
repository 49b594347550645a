{
  "targets": [
    {
      "target_name": "tree_sitter_nginx_binding",
      "dependencies": ["<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"],
      "include_dirs": ["src"],
      "sources": ["bindings/node/binding.cc", "<!@(node -p \"require('fs').readdirSync('src').filter(f => f.endsWith('.c')).map(f => 'src/' + f).join(' ')\")"],
      "cflags_c": ["-std=c11"]
    }
  ]
}
