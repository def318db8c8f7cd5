/**
 * Multi-document YAML (including the flow-style "KYAML" subset current Kubernetes examples use)
 * parsed with the `yaml` package. Each document keeps a `locate(path)` that maps a field path
 * back to a line and column, so every error and "not simulated" note points into the text the
 * student wrote. Syntax errors throw a ManifestError naming the document, line and column.
 */
import { isNode, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { ScenarioError } from '../../core/errors';

export type FieldPath = Array<string | number>;

export interface ManifestDoc {
  /** 1-based document number within the text. */
  index: number;
  value: unknown;
  locate(path: FieldPath): { line: number; col: number };
}

/** A user error in a manifest: a ScenarioError whose reason names document, line/column and field. */
export class ManifestError extends ScenarioError {
  constructor(scenarioPath: string, where: string, reason: string) {
    super(scenarioPath, `${where}: ${reason}`);
  }
}

export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

function locator(doc: Document, lc: LineCounter): ManifestDoc['locate'] {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const pos = lc.linePos(node.range[0]);
        return { line: pos.line, col: pos.col };
      }
    }
    return { line: 1, col: 1 };
  };
}

export function parseYamlDocuments(text: string, scenarioPath: string): ManifestDoc[] {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (!Array.isArray(docs)) return [];
  const out: ManifestDoc[] = [];
  docs.forEach((doc, i) => {
    const err = doc.errors[0];
    if (err) {
      const pos = err.linePos?.[0] ?? lc.linePos(err.pos[0]);
      const where = `document ${i + 1}, line ${pos.line}, column ${pos.col}`;
      throw new ManifestError(scenarioPath, where, `YAML syntax error: ${err.message.split('\n')[0]}`);
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return;
    out.push({ index: i + 1, value, locate: locator(doc, lc) });
  });
  return out;
}
