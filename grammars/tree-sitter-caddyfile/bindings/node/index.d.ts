type BaseNode = { type: string; named: boolean };
type NodeInfo = BaseNode & { fields?: Record<string, unknown>; children?: unknown };
type Language = { name: string; language: unknown; nodeTypeInfo: NodeInfo[] };
declare const language: Language;
export = language;
