import { beforeAll, describe, expect, it } from "vitest";
import { backends, useTestDb } from "./backends.js";
import { romeArticle } from "./fixtures/rome.js";

const attempt = (quizId: string, idempotencyKey: string, score = 1, origin: string | null = null) => ({
  quizId,
  idempotencyKey,
  answers: [{ questionId: "q1", choiceIds: ["a"] }],
  results: [{ questionId: "q1", correct: score > 0 }],
  score,
  total: 2,
  origin,
});

describe.each(backends)("quizzes and attempts on $name", (backend) => {
  const db = useTestDb(backend);
  beforeAll(async () => {
    await db().store.loadArticle(romeArticle());
  });

  it("createQuiz stores the questions with their keys; quizById reads them back", async () => {
    const questions = [{ id: "q1", answer: ["a"], prompt: "Who said it?" }];
    const quiz = await db().store.createQuiz({
      articleId: "smoke-test-rome",
      options: { count: 1 },
      seed: 4_294_967_295,
      questions,
    });
    expect(quiz.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db().store.quizById(quiz.id)).toEqual({ ...quiz, questions, seed: 4_294_967_295 });
    expect(await db().store.quizById("00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("insertAttempt stores one attempt per idempotency key, even for concurrent duplicates", async () => {
    const quiz = await db().store.createQuiz({
      articleId: "smoke-test-rome",
      options: {},
      seed: 1,
      questions: [],
    });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => db().store.insertAttempt(attempt(quiz.id, "key-1"))),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.attempt.id)).size).toBe(1);
    const again = await db().store.insertAttempt(attempt(quiz.id, "key-1", 0));
    expect(again).toMatchObject({ created: false, attempt: { score: 1 } });
    expect(await db().store.attemptByIdempotencyKey(quiz.id, "key-1")).toEqual(again.attempt);
    expect(await db().store.attemptByIdempotencyKey(quiz.id, "other")).toBeNull();
    expect(await db().store.attemptsByQuiz(quiz.id)).toHaveLength(1);
  });

  it("the same key on another quiz is another attempt", async () => {
    const a = await db().store.createQuiz({
      articleId: "smoke-test-rome",
      options: {},
      seed: 2,
      questions: [],
    });
    const b = await db().store.createQuiz({
      articleId: "smoke-test-rome",
      options: {},
      seed: 3,
      questions: [],
    });
    expect((await db().store.insertAttempt(attempt(a.id, "same"))).created).toBe(true);
    expect((await db().store.insertAttempt(attempt(b.id, "same"))).created).toBe(true);
  });

  it("attemptsByQuiz lists oldest first, optionally from one origin", async () => {
    const quiz = await db().store.createQuiz({
      articleId: "smoke-test-rome",
      options: {},
      seed: 5,
      questions: [],
    });
    await db().store.insertAttempt(attempt(quiz.id, "k1", 1, "https://news.example"));
    await db().store.insertAttempt(attempt(quiz.id, "k2", 0.5, null));
    await db().store.insertAttempt(attempt(quiz.id, "k3", 2, "https://news.example"));
    expect((await db().store.attemptsByQuiz(quiz.id)).map((a) => a.idempotencyKey)).toEqual([
      "k1",
      "k2",
      "k3",
    ]);
    const fromSite = await db().store.attemptsByQuiz(quiz.id, { origin: "https://news.example" });
    expect(fromSite.map((a) => [a.idempotencyKey, a.score, a.total])).toEqual([
      ["k1", 1, 2],
      ["k3", 2, 2],
    ]);
  });

  it("attemptOriginsByQuizIds counts each quiz's attempts per origin in one statement, most first", async () => {
    const newQuiz = (seed: number) =>
      db().store.createQuiz({ articleId: "smoke-test-rome", options: {}, seed, questions: [] });
    const [a, b, empty] = [await newQuiz(7), await newQuiz(8), await newQuiz(9)];
    const origins = [
      // Ties on count are ordered by origin in byte order ("-" before "b", uppercase before lowercase);
      // a locale collation would put "a-b" after "ab".
      ["https://news.example", "https://news.example", "https://news.example", null, null],
      ["https://ab.example", "https://a-b.example", null, "https://Z.example"],
    ];
    for (const [i, list] of origins.entries())
      for (const [j, origin] of list.entries())
        await db().store.insertAttempt(attempt(i === 0 ? a.id : b.id, `o${j}`, 1, origin));
    db().resetCount();
    const counts = await db().store.attemptOriginsByQuizIds([b.id, empty.id, a.id, b.id]);
    expect(db().statements).toHaveLength(1);
    const ofB = [
      { origin: "https://Z.example", attempts: 1 },
      { origin: "https://a-b.example", attempts: 1 },
      { origin: "https://ab.example", attempts: 1 },
      { origin: null, attempts: 1 },
    ];
    expect(counts).toEqual([
      ofB,
      [],
      [
        { origin: "https://news.example", attempts: 3 },
        { origin: null, attempts: 2 },
      ],
      ofB,
    ]);
    expect(await db().store.attemptOriginsByQuizIds([])).toEqual([]);
  });

  it("a quiz survives its article being replaced", async () => {
    const quiz = await db().store.createQuiz({
      articleId: "smoke-test-rome",
      options: {},
      seed: 6,
      questions: [],
    });
    await db().store.loadArticle(romeArticle({ title: "Revised" }));
    expect(await db().store.quizById(quiz.id)).not.toBeNull();
  });

  describe("createQuiz with a content hash", () => {
    const keyed = (seed: number, contentHash = "hash-1", options: unknown = { questionCount: 5 }) => ({
      articleId: "smoke-test-rome",
      options,
      seed,
      questions: [{ id: `q-${seed}` }],
      contentHash,
    });

    it("returns one stored quiz to concurrent identical calls", async () => {
      const rows = await Promise.all(Array.from({ length: 6 }, () => db().store.createQuiz(keyed(70))));
      expect(new Set(rows.map((r) => r.id)).size).toBe(1);
      expect(rows[0]!.identityKey).toMatch(/^[0-9a-f]{64}$/);
      expect(await db().store.quizById(rows[0]!.id)).toEqual(rows[0]);
      const again = await db().store.createQuiz(
        keyed(70, "hash-1", { questionCount: 5, difficulty: undefined }),
      );
      expect(again.id).toBe(rows[0]!.id);
    });

    it("makes a new quiz for another seed, other options or new article content; the old one stays", async () => {
      const first = await db().store.createQuiz(keyed(71));
      const others = await Promise.all([
        db().store.createQuiz(keyed(72)),
        db().store.createQuiz(keyed(71, "hash-1", { questionCount: 10 })),
        db().store.createQuiz(keyed(71, "hash-2")),
      ]);
      expect(new Set([first.id, ...others.map((r) => r.id)]).size).toBe(4);
      expect(await db().store.quizById(first.id)).toEqual(first);
    });

    it("without one, every call stores a new quiz (identity key null)", async () => {
      const { contentHash: _, ...plain } = keyed(73);
      const [a, b] = await Promise.all([db().store.createQuiz(plain), db().store.createQuiz(plain)]);
      expect(a.id).not.toBe(b.id);
      expect([a.identityKey, b.identityKey]).toEqual([null, null]);
    });
  });
});

describe.each(backends)("api keys on $name", (backend) => {
  const db = useTestDb(backend);

  it("createApiKey returns the key once; verifyApiKey accepts it and records its use", async () => {
    const created = await db().store.createApiKey("editor");
    expect(created.key).toMatch(/^qw_[A-Za-z0-9_-]{32}$/);
    expect(created.lastUsedAt).toBeNull();
    const verified = await db().store.verifyApiKey(created.key);
    expect(verified).toMatchObject({ id: created.id, name: "editor" });
    expect(verified?.lastUsedAt).toBeInstanceOf(Date);
    expect(verified).not.toHaveProperty("key");
    expect(verified).not.toHaveProperty("keyHash");
  });

  it("verifyApiKey refuses unknown, empty and near-miss keys", async () => {
    const created = await db().store.createApiKey("ci");
    expect(await db().store.verifyApiKey("")).toBeNull();
    expect(await db().store.verifyApiKey("qw_nope")).toBeNull();
    expect(await db().store.verifyApiKey(`${created.key}x`)).toBeNull();
  });
});
