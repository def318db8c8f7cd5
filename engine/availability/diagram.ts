/**
 * Reliability block diagrams: components composed in series, in parallel and k-of-n, parsed from
 * untrusted params with path-named errors.
 *
 * A component is described by its steady-state availability A, or by MTBF and MTTR, from which
 * A = MTBF / (MTBF + MTTR) (the standard two-state Markov result; e.g. Trivedi, "Probability and
 * Statistics with Reliability, Queuing and Computer Science Applications", 2nd ed., §8.4).
 *
 * Simplification: when only A is given, the failure simulation still needs rates, so it assumes
 * MTTR = params.defaultMttrHours (4 h unless set) and derives MTBF = MTTR · A / (1 − A).
 */
import { ScenarioError, joinPath } from '../core/errors';
import { readArray, readEnum, readNumber, readObject, readOptionalNumber, readString, rejectUnknownKeys } from '../core/params';

export interface ComponentBlock {
  type: 'component';
  id: string;
  label: string;
  availability: number;
  /** Infinity when the component never fails (A = 1). */
  mtbfHours: number;
  mttrHours: number;
}

export interface GroupBlock {
  type: 'series' | 'parallel' | 'kofn';
  id: string;
  label: string;
  /** For k-of-n: how many children must be up; series = n, parallel = 1. */
  k: number;
  blocks: Block[];
}

export type Block = ComponentBlock | GroupBlock;

const COMPONENT_KEYS = ['type', 'id', 'label', 'availability', 'mtbfHours', 'mttrHours'];
const GROUP_KEYS = ['type', 'id', 'label', 'k', 'blocks'];

export function parseDiagram(input: unknown, path: string, defaultMttrHours: number, seen = new Set<string>()): Block {
  const obj = readObject(input, path);
  const type = readEnum(obj, 'type', path, ['component', 'series', 'parallel', 'kofn'] as const);
  const id = readString(obj, 'id', path);
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id)) throw new ScenarioError(joinPath(path, 'id'), `must be 1–64 letters, digits, "_", "." or "-", got "${id}"`);
  if (seen.has(id)) throw new ScenarioError(joinPath(path, 'id'), `duplicate id "${id}" (ids name blocks in commands and checks)`);
  seen.add(id);
  const label = readString(obj, 'label', path, id);
  if (type === 'component') {
    rejectUnknownKeys(obj, path, COMPONENT_KEYS);
    return parseComponent(obj, path, id, label, defaultMttrHours);
  }
  rejectUnknownKeys(obj, path, GROUP_KEYS);
  const rawBlocks = readArray(obj.blocks, joinPath(path, 'blocks'));
  if (rawBlocks.length === 0) throw new ScenarioError(joinPath(path, 'blocks'), 'a group needs at least one block');
  const blocks = rawBlocks.map((b, i) => parseDiagram(b, joinPath(path, 'blocks', i), defaultMttrHours, seen));
  const n = blocks.length;
  const k = type === 'series' ? n : type === 'parallel' ? 1 : readNumber(obj, 'k', path, { integer: true, min: 1, max: n });
  return { type, id, label, k, blocks };
}

function parseComponent(obj: Record<string, unknown>, path: string, id: string, label: string, defaultMttrHours: number): ComponentBlock {
  const given = readOptionalNumber(obj, 'availability', path, { min: 0, max: 1, minExclusive: true });
  const mtbf = readOptionalNumber(obj, 'mtbfHours', path, { min: 0, minExclusive: true });
  const mttr = readOptionalNumber(obj, 'mttrHours', path, { min: 0, minExclusive: true });
  if (given !== undefined && mtbf !== undefined) {
    throw new ScenarioError(path, 'give either availability or mtbfHours (+ mttrHours), not both');
  }
  if (mtbf !== undefined) {
    const mttrHours = mttr ?? defaultMttrHours;
    return { type: 'component', id, label, availability: mtbf / (mtbf + mttrHours), mtbfHours: mtbf, mttrHours };
  }
  if (given === undefined) throw new ScenarioError(path, 'a component needs availability (0 < A ≤ 1) or mtbfHours');
  const mttrHours = mttr ?? defaultMttrHours;
  const mtbfHours = given === 1 ? Number.POSITIVE_INFINITY : (mttrHours * given) / (1 - given);
  return { type: 'component', id, label, availability: given, mtbfHours, mttrHours };
}

/** Every component of a diagram, depth first, in written order. */
export function componentsOf(block: Block): ComponentBlock[] {
  return block.type === 'component' ? [block] : block.blocks.flatMap(componentsOf);
}

/** Every block, depth first (parents before children). */
export function blocksOf(block: Block): Block[] {
  return block.type === 'component' ? [block] : [block, ...block.blocks.flatMap(blocksOf)];
}
