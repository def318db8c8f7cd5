/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource, Quantity): "250m",
 * "0.5", "128Mi", "1G", "2e3". CPU is kept in millicores, everything else in base units
 * (bytes for memory and storage), as integers, the way the scheduler stores them
 * (`Resource.MilliCPU`, `Resource.Memory`).
 * Simplification: values are rounded up to the unit (upstream rounds up too: "0.1m" cpu → 1m).
 */
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

const PATTERN = /^([+-]?[0-9.]+)(?:([eE][+-]?[0-9]+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

/** The quantity as a plain number of base units (cores, bytes, pods), or undefined if malformed. */
export function parseQuantity(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const base = Number(m[1]);
  if (!Number.isFinite(base)) return undefined;
  if (m[2]) return base * 10 ** Number(m[2].slice(1));
  const suffix = m[3] ?? '';
  return base * (BINARY[suffix] ?? DECIMAL[suffix]!);
}

/** Millicores for `cpu`, integer base units for anything else; undefined if malformed. */
export function parseResourceQuantity(resource: string, text: string | number): number | undefined {
  const value = parseQuantity(text);
  if (value === undefined || value < 0) return undefined;
  return resource === 'cpu' ? Math.ceil(Math.round(value * 1e6) / 1e3) : Math.ceil(value);
}

/** "1500m" / "2" for cpu, "512Mi"/"3Gi" for bytes — kubectl-like rendering. */
export function formatQuantity(resource: string, value: number): string {
  if (resource === 'cpu') return value % 1000 === 0 ? String(value / 1000) : `${value}m`;
  if (resource !== 'memory' && resource !== 'ephemeral-storage' && resource !== 'storage') return String(value);
  for (const [suffix, size] of [['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]] as const) {
    if (value >= size && value % size === 0) return `${value / size}${suffix}`;
  }
  if (value >= 2 ** 20) return `${Math.round(value / 2 ** 20)}Mi`;
  return String(value);
}
