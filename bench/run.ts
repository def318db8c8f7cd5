/**
 * `npm run bench -- <name> [args]`: runs bench/<name>.ts, whose `run(args)` prints its figures.
 * Without a name it lists the benchmarks. Benchmarks measure; tests never assert on wall-clock time.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function dispatch(prefix: string, command: string): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const available = readdirSync(here)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(prefix.length, -3))
    .filter((n) => n !== 'run' && n !== 'repro');
  if (!name || name === '--help') {
    console.log(`usage: npm run ${command} -- <name> [args]\navailable: ${available.join(', ') || '(none yet)'}`);
    process.exit(name ? 0 : 2);
  }
  if (!available.includes(name)) {
    console.error(`${command}: no "${name}" (available: ${available.join(', ')})`);
    process.exit(2);
  }
  const mod = (await import(pathToFileURL(join(here, `${prefix}${name}.ts`)).href)) as { run: (args: string[]) => Promise<void> };
  await mod.run(args);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await dispatch('', 'bench');
}
