/**
 * The lab CLI as a function (argv → exit code), so tests call it without spawning a process.
 *   validate <files…>     schema + semantic lint
 *   test [files…]         validate, then headless: check fails → solve → check passes (default: labs/**\/*.json)
 *   schema [--write]      print the lab schema, or write labs/lab.schema.json and public/schema/lab/v1.json
 * Exit status: 0 all good; 1 a lab is invalid or a test failed; 2 usage error or unreadable file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkLab } from '../check-lab';
import { labSchema } from '../lab-schema';
import { testLab } from '../test-lab';
import type { LabIssue, LabJson } from '../types';
import { LabFileError, displayPath, findLabFiles, findWidgetKinds, readLabFile } from './lab-files';

export const LAB_HELP = `Usage: npm run lab -- <command> [options] [files…]

Commands:
  validate <files…>   Check each lab against labs/lab.schema.json and the semantic lint rules
                      (unique ids, references resolve, widget/model kinds exist, checked snapshot
                      fields exist, every task has a solve, tolerances > 0, single choice has one answer).
  test [files…]       Validate, then run every task headless: its check must fail at the step's
                      initial state and pass after its solve; computed answers must be numbers.
                      Without files: every labs/**/*.json.
  schema [--write]    Print the lab JSON Schema; --write updates labs/lab.schema.json and
                      public/schema/lab/v1.json from engine/lab/lab-schema.ts.

Options:
  --github            Also print GitHub Actions annotations (::error file=…::…).
  --quiet             Print only problems and the summary.
  -h, --help          Show this help.

Exit status: 0 all good · 1 a lab is invalid or a test failed · 2 usage error or unreadable file.
Every problem is printed as  <file>: <json path>: <message> [<rule>]`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Repository root (labs/, app/widgets/, public/). */
  root: string;
  cwd: string;
}

class UsageError extends Error {}

interface Args {
  command: string;
  files: string[];
  github: boolean;
  quiet: boolean;
  write: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: '', files: [], github: false, quiet: false, write: false, help: false };
  for (const a of argv) {
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--github') args.github = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--write') args.write = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (!args.command) args.command = a;
    else args.files.push(a);
  }
  return args;
}

function report(io: CliIo, args: Args, file: string, issues: LabIssue[]): void {
  for (const i of issues) {
    io.err(`${file}: ${i.path || '(lab)'}: ${i.message} [${i.rule}]`);
    if (args.github) io.out(`::error file=${file},title=lab ${i.rule}::${i.path || '(lab)'}: ${i.message}`);
  }
}

function loadAll(io: CliIo, files: string[]): Array<{ file: string; input: unknown }> {
  return files.map((f) => ({ file: displayPath(resolve(io.cwd, f), io.cwd), input: readLabFile(resolve(io.cwd, f)) }));
}

function validateFiles(io: CliIo, args: Args, files: string[]): { labs: Array<{ file: string; lab: LabJson }>; bad: number } {
  const widgets = findWidgetKinds(io.root) ?? undefined;
  if (!widgets && !args.quiet) io.out('note: no widgets registered in app/widgets yet; widget kinds are not checked');
  const knownLabIds = findLabFiles(resolve(io.root, 'labs')).map((f) => (readLabFile(f) as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
  const labs: Array<{ file: string; lab: LabJson }> = [];
  let bad = 0;
  for (const { file, input } of loadAll(io, files)) {
    const result = checkLab(input, { widgets, knownLabIds });
    if (result.ok) {
      labs.push({ file, lab: result.lab });
      if (!args.quiet) io.out(`ok   ${file}`);
    } else {
      bad++;
      io.err(`FAIL ${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
      report(io, args, file, result.issues);
    }
  }
  return { labs, bad };
}

function runTests(io: CliIo, args: Args, files: string[]): number {
  const { labs, bad } = validateFiles(io, args, files);
  let passed = 0;
  let failed = bad;
  for (const { file, lab } of labs) {
    for (const line of testLab(lab)) {
      if (line.ok) {
        passed++;
        if (!args.quiet) io.out(`  pass ${file} ${line.name}: ${line.message}`);
      } else {
        failed++;
        report(io, args, file, [{ path: line.path, message: `${line.name}: ${line.message}`, rule: 'test' }]);
      }
    }
  }
  io.out(`${passed} passed, ${failed} failed (${files.length} lab file${files.length === 1 ? '' : 's'})`);
  return failed ? 1 : 0;
}

function schemaCommand(io: CliIo, args: Args): number {
  const text = `${JSON.stringify(labSchema, null, 2)}\n`;
  if (!args.write) {
    io.out(text.trimEnd());
    return 0;
  }
  for (const target of ['labs/lab.schema.json', 'public/schema/lab/v1.json']) {
    const p = resolve(io.root, target);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    io.out(`wrote ${target}`);
  }
  return 0;
}

function dispatch(io: CliIo, args: Args): number {
  if (args.help) {
    io.out(LAB_HELP);
    return 0;
  }
  if (args.command === 'schema') return schemaCommand(io, args);
  if (args.command === 'validate') {
    if (!args.files.length) throw new UsageError('validate needs at least one file');
    const { bad } = validateFiles(io, args, args.files);
    io.out(`${args.files.length - bad} valid, ${bad} invalid`);
    return bad ? 1 : 0;
  }
  if (args.command === 'test') {
    const files = args.files.length ? args.files : findLabFiles(resolve(io.root, 'labs'));
    if (!files.length) throw new UsageError('no lab files found under labs/');
    return runTests(io, args, files);
  }
  throw new UsageError(args.command ? `unknown command "${args.command}"` : 'missing command');
}

export function runLabCli(argv: string[], io: CliIo): number {
  try {
    return dispatch(io, parseArgs(argv));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lab: ${e.message}\n\n${LAB_HELP}`);
      return 2;
    }
    if (e instanceof LabFileError) {
      io.err(`lab: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
