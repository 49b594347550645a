{
  "targets": [
    {
      "target_name": "tree_sitter_nginx_binding",
      "dependencies": ["<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"],
      "include_dirs": ["src", "../common", "<!(node -p \"require('path').join(require('path').dirname(require.resolve('tree-sitter/package.json')), 'vendor/tree-sitter/lib/include')\")"],
      "sources": [
        "bindings/node/binding.cc",
        "<!@(node -p \"require('fs').readdirSync('src').filter(f => f.endsWith('.c')).map(f => 'src/' + f).join(' ')\")",
        "<!(node -p \"require('path').relative(process.cwd(), require('path').join(require('path').dirname(require.resolve('tree-sitter/package.json')), 'vendor/tree-sitter/lib/src/lib.c'))\")"
      ],
      "include_dirs+": ["<!(node -p \"require('path').join(require('path').dirname(require.resolve('tree-sitter/package.json')), 'vendor/tree-sitter/lib/src')\")"],
      "cflags_c": ["-std=c11", "-D_DEFAULT_SOURCE", "-fvisibility=hidden"],
      "cflags_cc": ["-std=c++17", "-fvisibility=hidden"]
    }
  ]
}
