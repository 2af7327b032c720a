/** Per-question statistics joined to the question's prompt. */
export type QuestionRow = {
  /** Mean credit, partial credit included (0..1). */
  meanCredit: number;
  questionId: string;
  number: number;
  prompt: string;
  shareCorrect: number;
  discrimination?: number | null;
};

/**
 * Orders questions weakest first (lowest share correct), keeping quiz order among equals, and
 * numbers them by their place in the quiz.
 */
export function weakestFirst(
  questions: { id: string; prompt: string }[],
  stats: { questionId: string; shareCorrect: number; meanCredit?: number; discrimination?: number | null }[],
): QuestionRow[] {
  const byId = new Map(stats.map((s) => [s.questionId, s]));
  return questions
    .map((q, i) => {
      const s = byId.get(q.id);
      return {
        questionId: q.id,
        number: i + 1,
        prompt: q.prompt,
        shareCorrect: s?.shareCorrect ?? 0,
        meanCredit: s?.meanCredit ?? s?.shareCorrect ?? 0,
        discrimination: s?.discrimination ?? null,
      };
    })
    .sort((a, b) => a.shareCorrect - b.shareCorrect || a.number - b.number);
}

/** "73%" from a share between 0 and 1. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A score with partial credit, as people write it: "3", "2.5", "1.6" (one decimal at most). */
export const formatScore = (score: number) => String(Math.round(score * 10) / 10);
