/**
 * The `score` event and its mapping onto the three standards a host may report to
 * (refs/lab-platforms.md (e), "Score mapping"): xAPI `result`, LTI Advantage AGS Score, SCORM 1.2
 * `cmi.core.*`. `completed` (the learner finished) and `passed` (the learner succeeded) are kept
 * apart, as xAPI and SCORM do, so partial attempts are still recorded (H5P moodle-mod_hvp #167).
 */

export interface ScorePayload {
  scoreGiven: number;
  scoreMaximum: number;
  /** scoreGiven / scoreMaximum, in [0, 1]. */
  scaled: number;
  passed: boolean;
  completed: boolean;
  itemId?: string;
  attemptId: string;
}

export function makeScore(scoreGiven: number, scoreMaximum: number, opts: { passThreshold?: number; completed?: boolean; itemId?: string; attemptId: string }): ScorePayload {
  const max = Math.max(0, scoreMaximum);
  const given = Math.min(Math.max(0, scoreGiven), max);
  const scaled = max === 0 ? 0 : given / max;
  const score: ScorePayload = {
    scoreGiven: given, scoreMaximum: max, scaled,
    passed: scaled >= (opts.passThreshold ?? 1),
    completed: opts.completed ?? given === max,
    attemptId: opts.attemptId,
  };
  if (opts.itemId !== undefined) score.itemId = opts.itemId;
  return score;
}

/** xAPI 1.0.3 §4.1.5 Result. */
export function toXapiResult(s: ScorePayload) {
  return { score: { raw: s.scoreGiven, min: 0, max: s.scoreMaximum, scaled: s.scaled }, success: s.passed, completion: s.completed };
}

/** LTI Advantage Assignment and Grade Services 2.0, Score publish service. */
export function toLtiScore(s: ScorePayload, userId: string, timestamp: string) {
  return {
    userId, timestamp,
    scoreGiven: s.scoreGiven, scoreMaximum: s.scoreMaximum,
    activityProgress: s.completed ? 'Completed' : 'InProgress',
    gradingProgress: s.completed ? 'FullyGraded' : 'Pending',
  };
}

/** SCORM 1.2 run-time data model (cmi.core.score.* are 0–100 by convention; we scale to that). */
export function toScorm12(s: ScorePayload): Record<string, string> {
  const status = s.passed ? 'passed' : s.completed ? 'failed' : 'incomplete';
  return {
    'cmi.core.score.raw': String(Math.round(s.scaled * 10000) / 100),
    'cmi.core.score.min': '0',
    'cmi.core.score.max': '100',
    'cmi.core.lesson_status': status,
  };
}
