/** One answer as the player gave it; the shape submitAttempt and checkAnswer take. */
export type Answer = {
  choiceIds?: string[];
  text?: string;
  pairs?: { leftId: string; rightId: string }[];
};

/** Feedback now (after each question) or at the end. */
export type FeedbackMode = "now" | "end";

/**
 * Everything the no-JavaScript quiz needs between requests, carried in the URL and form fields so
 * no cookie or session is needed: the answers so far and the attempt's idempotency key.
 */
export type QuizState = {
  quizId: string;
  mode: FeedbackMode;
  /** Idempotency key of this attempt: submitting twice stores one attempt. */
  key: string;
  answers: Record<string, Answer>;
};

/** Encodes answers compactly for a URL parameter (base64url JSON). */
export function encodeAnswers(answers: Record<string, Answer>): string {
  return Buffer.from(JSON.stringify(answers), "utf8").toString("base64url");
}

/** Decodes what encodeAnswers wrote; anything malformed reads as no answers rather than a crash. */
export function decodeAnswers(encoded: string | undefined): Record<string, Answer> {
  if (!encoded) return {};
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const out: Record<string, Answer> = {};
    for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
      const a = sanitize(raw);
      if (a) out[id] = a;
    }
    return out;
  } catch {
    return {};
  }
}

function sanitize(raw: unknown): Answer | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const r = raw as Record<string, unknown>;
  const a: Answer = {};
  if (Array.isArray(r.choiceIds)) a.choiceIds = r.choiceIds.filter((x): x is string => typeof x === "string");
  if (typeof r.text === "string") a.text = r.text.slice(0, 200);
  if (Array.isArray(r.pairs)) {
    a.pairs = r.pairs.filter(
      (p): p is { leftId: string; rightId: string } =>
        !!p && typeof p.leftId === "string" && typeof p.rightId === "string",
    );
  }
  return a;
}

/** The URL of question `n` (0-based) of a quiz in progress. */
export function questionHref(slug: string, state: QuizState, n: number, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({
    quiz: state.quizId,
    n: String(n),
    mode: state.mode,
    k: state.key,
    s: encodeAnswers(state.answers),
    ...extra,
  });
  return `/articles/${encodeURIComponent(slug)}/quiz?${params}`;
}

/** The URL of the results of a finished attempt. */
export function resultsHref(slug: string, state: QuizState) {
  const params = new URLSearchParams({ slug, k: state.key, s: encodeAnswers(state.answers) });
  return `/quizzes/${encodeURIComponent(state.quizId)}/results?${params}`;
}
