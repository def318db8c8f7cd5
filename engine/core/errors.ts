/**
 * ScenarioError: the one error a user can cause in the engine — a bad scenario, parameter or
 * command. It names the JSON path (`params.hosts[2].mtbfHours`, `commands[3].va`) and the reason,
 * so the CLI, the lab runner and the UI can all point at the exact place that was wrong.
 */
export class ScenarioError extends Error {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`${path || '(scenario)'}: ${reason}`);
    this.name = 'ScenarioError';
    this.path = path;
    this.reason = reason;
  }
}

export function isScenarioError(e: unknown): e is ScenarioError {
  return e instanceof Error && e.name === 'ScenarioError' && 'path' in e;
}

/** Joins a JSON path: joinPath('params', 'hosts', 2, 'mtbf') → 'params.hosts[2].mtbf'. */
export function joinPath(base: string, ...parts: Array<string | number>): string {
  let out = base;
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${p}` : p;
  }
  return out;
}
