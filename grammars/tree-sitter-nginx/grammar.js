// Placeholder; replaced by the real grammar.
module.exports = grammar({ name: 'nginx', rules: { source_file: $ => repeat(/\S+/) } });
