// Placeholder; replaced by the real grammar.
module.exports = grammar({ name: 'caddyfile', rules: { source_file: $ => repeat(/\S+/) } });
