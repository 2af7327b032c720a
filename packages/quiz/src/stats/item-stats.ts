/** One graded attempt, as gradeQuiz returns it (only what statistics need). */
export interface GradedAttempt {
  results: { questionId: string; correct: boolean; credit: number }[];
}

export interface ItemStat {
  questionId: string;
  /** Share of attempts that got the question fully right. */
  shareCorrect: number;
  /** Mean credit, partial credit included. */
  meanCredit: number;
  /**
   * Point-biserial correlation between getting this question right (0/1) and the score on the
   * other questions (total credit minus this one), in -1..1. Null when either does not vary.
   */
  discrimination: number | null;
}

export interface QuizStats {
  attempts: number;
  /** Mean total credit per attempt. */
  meanScore: number;
  questions: ItemStat[];
}

function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Per-question share correct and discrimination over attempts at the same quiz. */
export function itemStats(attempts: GradedAttempt[]): QuizStats {
  const totals = attempts.map((a) => a.results.reduce((s, r) => s + r.credit, 0));
  const ids: string[] = [];
  for (const a of attempts)
    for (const r of a.results) if (!ids.includes(r.questionId)) ids.push(r.questionId);
  const questions = ids.map((questionId) => {
    const rows = attempts.map((a, i) => {
      const r = a.results.find((x) => x.questionId === questionId);
      return { right: r?.correct ? 1 : 0, credit: r?.credit ?? 0, rest: totals[i]! - (r?.credit ?? 0) };
    });
    const n = rows.length;
    return {
      questionId,
      shareCorrect: rows.reduce((s, r) => s + r.right, 0) / n,
      meanCredit: rows.reduce((s, r) => s + r.credit, 0) / n,
      discrimination: pearson(
        rows.map((r) => r.right),
        rows.map((r) => r.rest),
      ),
    };
  });
  const meanScore = attempts.length ? totals.reduce((s, t) => s + t, 0) / attempts.length : 0;
  return { attempts: attempts.length, meanScore, questions };
}
