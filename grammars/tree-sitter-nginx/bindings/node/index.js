// Native binding for tree-sitter (Node); web-tree-sitter loads tree-sitter-nginx.wasm instead.
const path = require("path");
const root = path.join(__dirname, "..", "..");
module.exports = require(path.join(root, "build", "Release", "tree_sitter_nginx_binding.node"));
try {
  module.exports.nodeTypeInfo = require("../../src/node-types.json");
} catch (_) {}
