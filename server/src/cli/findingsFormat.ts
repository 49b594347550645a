import type { Finding } from '../core/model/types';

/** The JSON shape of `switchyard check --format json`: 1-based lines and columns. */
export interface FindingRecord {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  code: string;
  message: string;
}

export function toRecord(f: Finding): FindingRecord {
  return {
    file: f.file,
    line: f.span.start.line + 1,
    column: f.span.start.column + 1,
    endLine: f.span.end.line + 1,
    endColumn: f.span.end.column + 1,
    severity: f.severity,
    code: f.code,
    message: f.message,
  };
}

export function formatText(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const r = toRecord(f);
      return `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.message} [${r.code}]`;
    })
    .join('\n');
}

export function formatJson(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map(toRecord), null, 2);
}

const SARIF_LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, the format code-scanning services read. */
export function formatSarif(findings: readonly Finding[], version: string): string {
  const rules = [...new Set(findings.map((f) => f.code))].sort().map((id) => ({ id }));
  const results = findings.map((f) => {
    const r = toRecord(f);
    return {
      ruleId: r.code,
      level: SARIF_LEVEL[r.severity],
      message: { text: r.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: r.file },
            region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
          },
        },
      ],
    };
  });
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'switchyard', version, informationUri: 'https://example.invalid/switchyard', rules } }, results }],
    },
    null,
    2,
  );
}
