import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./support/backends.js";
import { type Harness, startHarness } from "./support/harness.js";

const CREATE = `mutation($input: CreateQuizInput!) {
  createQuiz(input: $input) {
    id key seed article { slug }
    questions { id type prompt skill difficulty choices { id label } items { left { id label } right { id label } } }
  }
}`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) {
  submitAttempt(input: $input) {
    attemptId score total replayed
    results { questionId correct credit answered correctChoiceIds correctAnswer explanation evidence { start end text sentence { text } } }
  }
}`;

/** Field names that would tell a player the answer before grading. */
const REVEALING = /correct|answer|evidence|explanation|answerKey|truth|accepted|solution|pairs|fact/i;

describe.each(backends)("quiz API on $name", (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
  });
  afterAll(() => h?.close());

  const create = async (input: Record<string, unknown>) => h.run(CREATE, { input });

  describe("createQuiz", () => {
    it("returns the one stored quiz for the same seed and options, with the requested number of questions", async () => {
      const input = { articleSlug: "smoke-in-rome", questionCount: 6, seed: 42 };
      const a = await create(input);
      const b = await create(input);
      expect(a.errors).toBeUndefined();
      const qa = a.data!.createQuiz as any;
      const qb = b.data!.createQuiz as any;
      expect(qa.questions).toHaveLength(6);
      expect(qb).toEqual(qa);
      expect(qa.article.slug).toBe("smoke-in-rome");
      expect(qa.seed).toBe(42);
    });

    it("stores one quiz for concurrent identical calls, whatever the order of types", async () => {
      const input = { articleSlug: "smoke-in-rome", questionCount: 3, seed: 4242 };
      const types = ["MULTIPLE_CHOICE", "TRUE_FALSE"];
      const results = await Promise.all([
        ...Array.from({ length: 4 }, () => create({ ...input, types })),
        create({ ...input, types: [...types].reverse() }),
      ]);
      const keys = results.map((r) => (r.data!.createQuiz as any).key);
      expect(new Set(keys).size).toBe(1);
      const row = await h.store.quizById(keys[0]);
      expect(row?.identityKey).toMatch(/^[0-9a-f]{64}$/);
    });

    it("without a seed, makes a new quiz each time", async () => {
      const input = { articleSlug: "smoke-in-rome", questionCount: 2 };
      const [a, b] = await Promise.all([create(input), create(input)]);
      expect((a.data!.createQuiz as any).id).not.toBe((b.data!.createQuiz as any).id);
    });

    it("makes a new quiz when the article's content changes; the old one stays", async () => {
      const input = { articleSlug: "smoke-in-rome", questionCount: 2, seed: 4343 };
      const before = ((await create(input)).data!.createQuiz as any).key;
      const annotated = await h.store.annotatedArticle("smoke-in-rome");
      annotated!.article.title = "Smoke in Rome, revised";
      try {
        await h.store.loadArticle(annotated!);
        await h.server.contentChanged();
        const after = ((await create(input)).data!.createQuiz as any).key;
        expect(after).not.toBe(before);
        expect(await h.store.quizById(before)).not.toBeNull();
      } finally {
        await h.store.seed();
        await h.server.contentChanged();
      }
    });

    it("honours types and difficulty", async () => {
      const { data, errors } = await create({
        articleSlug: "smoke-in-rome",
        questionCount: 2,
        types: ["MULTIPLE_CHOICE"],
        seed: 1,
      });
      expect(errors).toBeUndefined();
      expect((data!.createQuiz as any).questions.every((q: any) => q.type === "MULTIPLE_CHOICE")).toBe(true);
    });

    it.each([0, 500])(
      "rejects questionCount %i with BAD_USER_INPUT and the bounds",
      async (questionCount) => {
        const { errors } = await create({ articleSlug: "smoke-in-rome", questionCount });
        expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(errors?.[0]?.message).toMatch(/questionCount/);
      },
    );

    it("rejects more questions than the article supports with a sentence saying how many it can", async () => {
      const { errors } = await create({
        articleSlug: "smoke-in-rome",
        questionCount: 50,
        types: ["MATCHING"],
      });
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toMatch(/at most \d+|no questions/);
    });

    it("rejects an unknown type and an unknown article", async () => {
      const type = await create({ articleSlug: "smoke-in-rome", questionCount: 2, types: ["ESSAY"] });
      expect(type.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const article = await create({ articleSlug: "nope", questionCount: 2 });
      expect(article.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("answers stay hidden before grading", () => {
    it("Quiz, Question and Choice have no field that reveals the answer (introspection)", async () => {
      for (const name of ["Quiz", "Question", "Choice", "MatchingItems"]) {
        const { data } = await h.run(`query($n: String!) { __type(name: $n) { fields { name } } }`, {
          n: name,
        });
        const fields = ((data!.__type as any).fields as { name: string }[]).map((f) => f.name);
        expect(
          fields.filter((f) => REVEALING.test(f)),
          name,
        ).toEqual([]);
      }
    });

    it("the createQuiz and quiz payloads carry no answer, explanation or evidence", async () => {
      const { data } = await create({ articleSlug: "smoke-in-rome", questionCount: 10, seed: 7 });
      const quiz = data!.createQuiz as any;
      const { data: again } = await h.run(
        `query($id: ID!) { quiz(id: $id) { questions { id prompt choices { id label } } } }`,
        { id: quiz.id },
      );
      const submitted = await h.run(SUBMIT, {
        input: { quizId: quiz.id, answers: [], idempotencyKey: "peek" },
      });
      const results = (submitted.data!.submitAttempt as any).results as any[];
      const payload = JSON.stringify([quiz, again]);
      for (const r of results) {
        const prompt = quiz.questions.find((q: any) => q.id === r.questionId).prompt as string;
        // A true statement's explanation is the statement itself, which its prompt shows anyway.
        if (!prompt.includes(r.explanation)) expect(payload).not.toContain(r.explanation);
        for (const e of r.evidence) expect(payload).not.toContain(`"start":${e.start}`);
      }
    });
  });

  describe("submitAttempt", () => {
    it("grades on the server: the key gets full marks, and the same idempotency key returns the same result once stored", async () => {
      const { data } = await create({
        articleSlug: "smoke-in-rome",
        questionCount: 6,
        seed: 3,
        types: ["MULTIPLE_CHOICE", "TRUE_FALSE"],
      });
      const quiz = data!.createQuiz as any;
      const peek = await h.run(SUBMIT, { input: { quizId: quiz.id, answers: [], idempotencyKey: "k0" } });
      const key = (peek.data!.submitAttempt as any).results as any[];
      expect((peek.data!.submitAttempt as any).score).toBe(0);
      const answers = key.map((r) => ({ questionId: r.questionId, choiceIds: r.correctChoiceIds }));
      const first = await h.run(SUBMIT, {
        input: { quizId: quiz.id, answers, idempotencyKey: "k1", origin: "https://news.example" },
      });
      expect(first.errors).toBeUndefined();
      const result = first.data!.submitAttempt as any;
      expect(result).toMatchObject({ score: 6, total: 6, replayed: false });
      expect(result.results[0].evidence[0].sentence.text).toContain(result.results[0].evidence[0].text);
      expect(result.results[0].explanation.length).toBeGreaterThan(10);
      const repeat = await h.run(SUBMIT, { input: { quizId: quiz.id, answers: [], idempotencyKey: "k1" } });
      expect({ ...(repeat.data!.submitAttempt as any), replayed: false }).toEqual(result);
      expect((repeat.data!.submitAttempt as any).replayed).toBe(true);
      const stats = await h.run(
        `query($id: ID!) { quizStats(quizId: $id) { attempts meanScore questions { questionId shareCorrect discrimination } } }`,
        { id: quiz.id },
      );
      expect((stats.data!.quizStats as any).attempts).toBe(2);
      expect((stats.data!.quizStats as any).meanScore).toBe(3);
      const dist = await h.run(
        `query($id: ID!) { quizStats(quizId: $id) { distribution { score count } } }`,
        {
          id: quiz.id,
        },
      );
      // The peek scored 0 and the key 6: every bucket 0..6 is listed, the five between empty.
      expect((dist.data!.quizStats as any).distribution).toEqual(
        [0, 1, 2, 3, 4, 5, 6].map((score) => ({ score, count: score === 0 || score === 6 ? 1 : 0 })),
      );
      const mine = await h.run(
        `query($id: ID!) { quizStats(quizId: $id, origin: "https://news.example") { attempts questions { shareCorrect } } }`,
        { id: quiz.id },
      );
      expect((mine.data!.quizStats as any).attempts).toBe(1);
      expect((mine.data!.quizStats as any).questions.every((q: any) => q.shareCorrect === 1)).toBe(true);
    });

    it("rejects unknown quizzes and questions, and answers of the wrong shape", async () => {
      const unknownQuiz = await h.run(SUBMIT, {
        input: { quizId: "nope", answers: [], idempotencyKey: "x" },
      });
      expect(unknownQuiz.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const { data } = await create({
        articleSlug: "smoke-in-rome",
        questionCount: 2,
        seed: 9,
        types: ["MULTIPLE_CHOICE"],
      });
      const quiz = data!.createQuiz as any;
      const unknownQuestion = await h.run(SUBMIT, {
        input: { quizId: quiz.id, answers: [{ questionId: "q99", choiceIds: ["a"] }], idempotencyKey: "y" },
      });
      expect(unknownQuestion.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(unknownQuestion.errors?.[0]?.message).toMatch(/q99/);
      const wrongShape = await h.run(SUBMIT, {
        input: { quizId: quiz.id, answers: [{ questionId: "q1", text: "Rome" }], idempotencyKey: "z" },
      });
      expect(wrongShape.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(wrongShape.errors?.[0]?.message).toMatch(/choiceIds/);
    });
  });

  describe("quizStats origins", () => {
    const ORIGINS = `query($id: ID!, $origin: String) { quizStats(quizId: $id, origin: $origin) { attempts origins { origin attempts } } }`;
    const submit = (quizId: string, idempotencyKey: string, origin?: string) =>
      h.run(SUBMIT, { input: { quizId, answers: [], idempotencyKey, ...(origin ? { origin } : {}) } });

    it("counts attempts per embedding origin, most first, null for Quizwire itself, whatever the filter", async () => {
      const { data } = await create({ articleSlug: "smoke-in-rome", questionCount: 2, seed: 21 });
      const quiz = data!.createQuiz as any;
      for (const key of ["a1", "a2", "a3"]) await submit(quiz.id, key, "https://news.example");
      // Written as a person might; stored as a browser sends it, so the filter finds it.
      await submit(quiz.id, "b1", "HTTPS://Blog.Example:443");
      await submit(quiz.id, "none");
      // Through the request's Origin header; a "null" header (a sandboxed frame) records no origin.
      const header = (key: string, origin: string) =>
        h.server.execute(
          { query: SUBMIT, variables: { input: { quizId: quiz.id, answers: [], idempotencyKey: key } } },
          { origin },
        );
      await header("b2", "https://blog.example");
      await header("sandboxed", "null");
      const all = await h.run(ORIGINS, { id: quiz.id });
      expect(all.errors).toBeUndefined();
      expect(all.data!.quizStats).toEqual({
        attempts: 7,
        origins: [
          { origin: "https://news.example", attempts: 3 },
          { origin: "https://blog.example", attempts: 2 },
          { origin: null, attempts: 2 },
        ],
      });
      const blog = await h.run(ORIGINS, { id: quiz.id, origin: "https://blog.example" });
      expect((blog.data!.quizStats as any).attempts).toBe(2);
      expect((blog.data!.quizStats as any).origins).toEqual((all.data!.quizStats as any).origins);
      const unseen = await h.run(ORIGINS, { id: quiz.id, origin: "https://other.example" });
      expect((unseen.data!.quizStats as any).attempts).toBe(0);
      const fresh = await create({ articleSlug: "smoke-in-rome", questionCount: 1, seed: 22 });
      const none = await h.run(ORIGINS, { id: (fresh.data!.createQuiz as any).id });
      expect(none.data!.quizStats).toEqual({ attempts: 0, origins: [] });
    });

    it.each([
      "",
      "news.example",
      "https://news.example/",
      "https://news.example/quiz?x=1",
      "https://user@news.example",
      "https://news.example:99999",
      "https://exa mple.com",
      "null",
    ])("rejects the origin filter %j with BAD_USER_INPUT saying what an origin is", async (origin) => {
      const { data } = await create({ articleSlug: "smoke-in-rome", questionCount: 1, seed: 23 });
      const { errors } = await h.run(ORIGINS, { id: (data!.createQuiz as any).id, origin });
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toMatch(
        /origin must be an origin, scheme:\/\/host\[:port\].*https:\/\/news\.example/,
      );
      expect(errors?.[0]?.message).toContain(JSON.stringify(origin));
    });

    it("rejects a submitted origin that is not one, storing nothing", async () => {
      const { data } = await create({ articleSlug: "smoke-in-rome", questionCount: 1, seed: 24 });
      const quiz = data!.createQuiz as any;
      const { errors } = await submit(quiz.id, "bad", "https://news.example/page");
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toMatch(/^origin must be an origin/);
      expect((await h.run(ORIGINS, { id: quiz.id })).data!.quizStats).toEqual({ attempts: 0, origins: [] });
    });
  });

  describe("checkAnswer", () => {
    it("grades one answer without storing an attempt", async () => {
      const { data } = await create({
        articleSlug: "smoke-in-rome",
        questionCount: 1,
        seed: 5,
        types: ["MULTIPLE_CHOICE"],
      });
      const quiz = data!.createQuiz as any;
      const q = quiz.questions[0];
      const check = `query($quiz: ID!, $q: String!, $a: AnswerValueInput!) { checkAnswer(quizId: $quiz, questionId: $q, answer: $a) { correct credit correctChoiceIds correctAnswer explanation } }`;
      const results = await Promise.all(
        q.choices.map((c: any) => h.run(check, { quiz: quiz.id, q: q.id, a: { choiceIds: [c.id] } })),
      );
      expect(results.filter((r) => (r.data!.checkAnswer as any).correct)).toHaveLength(1);
      const stats = await h.run(`query($id: ID!) { quizStats(quizId: $id) { attempts } }`, { id: quiz.id });
      expect((stats.data!.quizStats as any).attempts).toBe(0);
      const unknown = await h.run(check, { quiz: quiz.id, q: "q7", a: { choiceIds: ["x"] } });
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("node(id)", () => {
    it("resolves a quiz by its global id", async () => {
      const { data } = await create({ articleSlug: "smoke-in-rome", questionCount: 1, seed: 11 });
      const id = (data!.createQuiz as any).id;
      const node = await h.run(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect(node.data!.node).toEqual({ __typename: "Quiz", id });
    });
  });
});
