import type { AnnotatedArticle } from "@quizwire/content";
import { QuizOptionsError } from "../errors.js";
import { questionPool } from "../pool.js";
import { seededRandom, shuffle } from "../random.js";
import type { QuestionCandidate, Quiz } from "../types.js";
import { buildQuestion } from "./build-question.js";
import { checkOptions, describeFilters, type QuizOptions } from "./options.js";
import { maxDisjoint, selectUnits, toUnits } from "./select.js";

/** Multiple-choice questions show this many choices (the answer and three distractors). */
const MC_CHOICES = 4;

function matches(c: QuestionCandidate, o: QuizOptions): boolean {
  if (o.types && !o.types.includes(c.type)) return false;
  if (o.skills && !o.skills.includes(c.skill)) return false;
  if (o.difficulty && o.difficulty !== "mixed" && c.difficulty !== o.difficulty) return false;
  return true;
}

/**
 * Makes a quiz from an article's graph. Deterministic: the same graph, seed and options give a
 * deep-equal quiz. Throws QuizOptionsError when the options are invalid or ask for more questions
 * than the pool can supply without repeating a fact.
 */
export function generateQuiz(graph: AnnotatedArticle, options: QuizOptions): Quiz {
  return quizMaker(graph)(options);
}

/**
 * Builds the article's question pool once and returns a function making quizzes from it, for callers
 * that make many quizzes of one article (a server, the property tests). Each quiz equals what
 * `generateQuiz` makes for the same options.
 */
export function quizMaker(graph: AnnotatedArticle): (options: QuizOptions) => Quiz {
  const pool = questionPool(graph);
  return (options) => fromPool(graph, pool, options);
}

function fromPool(graph: AnnotatedArticle, pool: QuestionCandidate[], options: QuizOptions): Quiz {
  checkOptions(options);
  const seed = String(options.seed);
  const units = toUnits(pool.filter((c) => matches(c, options)));
  const most = maxDisjoint(units).length;
  if (options.questionCount > most) {
    const filters = describeFilters(options);
    throw new QuizOptionsError(
      most === 0
        ? `This article has no questions${filters}; relax the filters.`
        : `This article can supply at most ${most} questions${filters} without asking a fact twice; ask for ${most} or fewer${filters ? " or relax the filters" : ""}.`,
    );
  }
  const random = seededRandom(seed);
  const chosen = selectUnits(units, options.questionCount, random);
  const mcPositions = shuffle([...Array(MC_CHOICES).keys()], random);
  const truths = shuffle([true, false], random);
  let mcCount = 0;
  let tfCount = 0;
  const built = chosen.map((unit, i) => {
    let candidate = unit.variants[0]!;
    const placement: { position?: number } = {};
    if (unit.type === "TRUE_FALSE") {
      const want = truths[tfCount++ % truths.length];
      candidate = unit.variants.find((v) => v.truth === want) ?? candidate;
    }
    if (unit.type === "MULTIPLE_CHOICE") placement.position = mcPositions[mcCount++ % MC_CHOICES];
    return buildQuestion(candidate, `q${i + 1}`, seed, random, placement);
  });
  return {
    articleId: graph.article.id,
    seed,
    questions: built.map((b) => b.question),
    answerKey: built.map((b) => b.key),
  };
}
