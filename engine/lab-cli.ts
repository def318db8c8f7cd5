/**
 * `npm run lab -- validate <files…> | test [files…] | schema [--write] | --help`: the lab toolchain
 * for instructors and course CI. The logic is engine/lab/node/run-lab-cli.ts (tested in-process).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLabCli } from './lab/node/run-lab-cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

process.exitCode = runLabCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  root,
  cwd: process.cwd(),
});
