/**
 * What the catalog needs from a lab file, read defensively: lab files are untrusted and are
 * validated properly (in the worker) only when opened, so nothing here may throw on bad input.
 */
import type { ChapterId } from '../widgets/types';

export const CHAPTER_TITLES: Record<ChapterId, string> = {
  fundamentals: 'Fundamentals',
  virtualization: 'Virtualization',
  containers: 'Containers',
  orchestration: 'Orchestration',
  infrastructure: 'Infrastructure',
  architectures: 'Architectures',
  'service-models': 'Service models',
  sustainability: 'Sustainability',
};

export const CHAPTER_ORDER = Object.keys(CHAPTER_TITLES) as ChapterId[];

export interface LabItemRef {
  stepId: string;
  kind: 'task' | 'quiz';
  id: string;
}

export interface LabSummary {
  /** Where the lab came from (labs/<chapter>/<file>.json). */
  source: string;
  id: string;
  version: string;
  title: string;
  chapter: ChapterId | null;
  summary: string;
  estimatedMinutes: number | null;
  stepCount: number;
  items: LabItemRef[];
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The gradeable items (tasks and quizzes) of a lab, by id. */
export function labItems(raw: unknown): LabItemRef[] {
  return arr(obj(raw).steps).flatMap((s) => {
    const step = obj(s);
    const stepId = str(step.id);
    return [
      ...arr(step.tasks).map((t) => ({ stepId, kind: 'task' as const, id: str(obj(t).id) })),
      ...arr(step.quizzes).map((q) => ({ stepId, kind: 'quiz' as const, id: str(obj(q).id) })),
    ];
  });
}

export function summarizeLab(source: string, raw: unknown): LabSummary {
  const lab = obj(raw);
  const chapter = CHAPTER_ORDER.includes(lab.chapter as ChapterId) ? (lab.chapter as ChapterId) : null;
  const minutes = typeof lab.estimatedMinutes === 'number' && lab.estimatedMinutes > 0 ? lab.estimatedMinutes : null;
  const fileId = source.replace(/^.*\//, '').replace(/\.json$/, '');
  return {
    source,
    id: str(lab.id, fileId),
    version: str(lab.version, '0.0.0'),
    title: str(lab.title, fileId),
    chapter,
    summary: str(lab.summary),
    estimatedMinutes: minutes,
    stepCount: arr(lab.steps).length,
    items: labItems(raw),
  };
}
