/**
 * Reads a JSON file for the CLIs, turning every failure into a message that names the file and,
 * for a syntax error, the line and column.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export class CliInputError extends Error {}

/** Resolves a path the user typed against the directory npm was invoked from. */
export function userPath(file: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(userPath(file), 'utf8');
  } catch (e) {
    throw new CliInputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      throw new CliInputError(`${file}:${line}:${column}: invalid JSON (${message})`);
    }
    throw new CliInputError(`${file}: invalid JSON (${message})`);
  }
}
