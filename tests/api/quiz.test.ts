import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, type Live, post, startLive } from "./support/live.js";

const CREATE = `mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id seed questions { id type prompt choices { id label } items { left { id } right { id } } } } }`;
const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitAttempt(input: $input) { attemptId score total replayed results { questionId correct credit correctChoiceIds correctAnswer explanation evidence { start end text } } } }`;
const STATS = `query($id: ID!, $origin: String) { quizStats(quizId: $id, origin: $origin) { attempts meanScore questions { questionId shareCorrect discrimination } } }`;
const CHECK = `query($quiz: ID!, $q: String!, $a: AnswerValueInput!) { checkAnswer(quizId: $quiz, questionId: $q, answer: $a) { correct credit correctAnswer } }`;

describe.each(databases)("quiz API over HTTP ($name)", ({ options }) => {
  let live: Live;
  let quiz: any;
  beforeAll(async () => {
    live = await startLive(options);
    const { body } = await post(live.url, CREATE, {
      input: {
        articleSlug: "smoke-in-rome",
        questionCount: 4,
        seed: 2024,
        types: ["MULTIPLE_CHOICE", "TRUE_FALSE"],
      },
    });
    quiz = body.data.createQuiz;
  });
  afterAll(() => live?.close());

  describe("createQuiz", () => {
    it("stores a quiz of the asked size, readable again with quiz(id)", async () => {
      expect(quiz.questions).toHaveLength(4);
      const { body } = await post(
        live.url,
        `query($id: ID!) { quiz(id: $id) { id questions { id prompt } } }`,
        { id: quiz.id },
      );
      expect(body.data.quiz.questions.map((q: any) => q.prompt)).toEqual(
        quiz.questions.map((q: any) => q.prompt),
      );
    });

    it("answers bad options with BAD_USER_INPUT or NOT_FOUND and a sentence", async () => {
      for (const [input, code] of [
        [{ articleSlug: "smoke-in-rome", questionCount: 0 }, "BAD_USER_INPUT"],
        [{ articleSlug: "smoke-in-rome", questionCount: 500 }, "BAD_USER_INPUT"],
        [{ articleSlug: "smoke-in-rome", questionCount: 3, types: ["ESSAY"] }, "BAD_USER_INPUT"],
        [{ articleSlug: "no-such-article", questionCount: 3 }, "NOT_FOUND"],
      ] as const) {
        const { body } = await post(live.url, CREATE, { input });
        expect(body.errors[0].extensions.code).toBe(code);
        expect(body.errors[0].message.length).toBeGreaterThan(20);
      }
    });

    it("cannot be run over GET", async () => {
      const query = encodeURIComponent(
        'mutation { createQuiz(input: { articleSlug: "smoke-in-rome" }) { id } }',
      );
      const res = await fetch(`${live.url}?query=${query}`);
      expect(res.status).toBe(405);
    });
  });

  describe("checkAnswer", () => {
    it("marks exactly one choice of a multiple-choice question right", async () => {
      const q = quiz.questions.find((x: any) => x.type === "MULTIPLE_CHOICE") ?? quiz.questions[0];
      const verdicts = [];
      for (const c of q.choices) {
        const { body } = await post(live.url, CHECK, { quiz: quiz.id, q: q.id, a: { choiceIds: [c.id] } });
        verdicts.push(body.data.checkAnswer.correct);
      }
      expect(verdicts.filter(Boolean)).toHaveLength(1);
    });

    it("answers an unknown question with NOT_FOUND and a wrong shape with BAD_USER_INPUT", async () => {
      const unknown = await post(live.url, CHECK, { quiz: quiz.id, q: "q42", a: { choiceIds: ["x"] } });
      expect(unknown.body.errors[0].extensions.code).toBe("NOT_FOUND");
      const shape = await post(live.url, CHECK, {
        quiz: quiz.id,
        q: quiz.questions[0].id,
        a: { text: "Rome" },
      });
      expect(shape.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("submitAttempt and quizStats", () => {
    it("grades, stores once per idempotency key and counts attempts per origin", async () => {
      const zero = await post(live.url, SUBMIT, {
        input: { quizId: quiz.id, answers: [], idempotencyKey: "http-0", origin: "https://a.example" },
      });
      expect(zero.body.data.submitAttempt).toMatchObject({ score: 0, total: 4, replayed: false });
      const answers = zero.body.data.submitAttempt.results.map((r: any) => ({
        questionId: r.questionId,
        choiceIds: r.correctChoiceIds,
      }));
      const full = await post(live.url, SUBMIT, {
        input: { quizId: quiz.id, answers, idempotencyKey: "http-1", origin: "https://b.example" },
      });
      expect(full.body.data.submitAttempt).toMatchObject({ score: 4, total: 4, replayed: false });
      for (const r of full.body.data.submitAttempt.results) {
        expect(r.correct).toBe(true);
        expect(r.explanation.length).toBeGreaterThan(0);
        expect(r.evidence.length).toBeGreaterThan(0);
      }
      const again = await post(live.url, SUBMIT, {
        input: { quizId: quiz.id, answers: [], idempotencyKey: "http-1" },
      });
      expect(again.body.data.submitAttempt.attemptId).toBe(full.body.data.submitAttempt.attemptId);
      expect(again.body.data.submitAttempt.score).toBe(4);
      expect(again.body.data.submitAttempt.replayed).toBe(true);

      const all = await post(live.url, STATS, { id: quiz.id });
      expect(all.body.data.quizStats).toMatchObject({ attempts: 2, meanScore: 2 });
      expect(all.body.data.quizStats.questions.every((q: any) => q.shareCorrect === 0.5)).toBe(true);
      const b = await post(live.url, STATS, { id: quiz.id, origin: "https://b.example" });
      expect(b.body.data.quizStats.attempts).toBe(1);
    });

    it("rejects an unknown quiz with NOT_FOUND", async () => {
      const { body } = await post(live.url, SUBMIT, {
        input: { quizId: "nope", answers: [], idempotencyKey: "k" },
      });
      expect(body.errors[0].extensions.code).toBe("NOT_FOUND");
      const stats = await post(live.url, STATS, { id: "nope" });
      expect(stats.body.errors[0].extensions.code).toBe("NOT_FOUND");
    });

    it("takes the Origin header when the input names no origin", async () => {
      const res = await fetch(live.url, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://c.example" },
        body: JSON.stringify({
          query: SUBMIT,
          variables: { input: { quizId: quiz.id, answers: [], idempotencyKey: "http-c" } },
        }),
      });
      expect(res.status).toBe(200);
      const c = await post(live.url, STATS, { id: quiz.id, origin: "https://c.example" });
      expect(c.body.data.quizStats.attempts).toBe(1);
    });
  });
});
