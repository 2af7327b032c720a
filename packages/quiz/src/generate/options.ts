import { QuizOptionsError } from "../errors.js";
import {
  DIFFICULTIES,
  type Difficulty,
  QUESTION_TYPES,
  type QuestionType,
  SKILLS,
  type Skill,
} from "../types.js";

/** What kind of quiz to make. */
export interface QuizOptions {
  /** Same graph, seed and options always give the same quiz. */
  seed: string | number;
  /** How many questions; at least 1 and at most what the article's pool allows. */
  questionCount: number;
  /** Only these question types; default: all. */
  types?: QuestionType[];
  /** Only questions of this difficulty; default "mixed" (any). */
  difficulty?: Difficulty | "mixed";
  /** Only questions testing these skills; default: all. */
  skills?: Skill[];
}

function checkList<T extends string>(
  name: string,
  given: readonly T[] | undefined,
  known: readonly string[],
): void {
  if (given === undefined) return;
  if (!Array.isArray(given) || given.length === 0) {
    throw new QuizOptionsError(
      `${name} must be a non-empty list of ${known.join(", ")}; leave it out for all.`,
    );
  }
  for (const g of given) {
    if (!known.includes(g)) {
      throw new QuizOptionsError(`Unknown ${name.replace(/s$/, "")} "${g}": use one of ${known.join(", ")}.`);
    }
  }
}

/** Throws a QuizOptionsError naming the first option that cannot be used. */
export function checkOptions(options: QuizOptions): void {
  const { questionCount: n, seed } = options;
  if (typeof seed !== "string" && !(typeof seed === "number" && Number.isFinite(seed))) {
    throw new QuizOptionsError("seed must be a string or a finite number.");
  }
  if (!Number.isInteger(n) || n < 1) {
    throw new QuizOptionsError(`questionCount must be a whole number of at least 1 (got ${n}).`);
  }
  checkList("types", options.types, QUESTION_TYPES);
  checkList("skills", options.skills, SKILLS);
  const d = options.difficulty;
  if (d !== undefined && d !== "mixed" && !DIFFICULTIES.includes(d)) {
    throw new QuizOptionsError(`Unknown difficulty "${d}": use easy, medium, hard or mixed.`);
  }
}

/** A short description of the filters in force, for error messages. */
export function describeFilters(options: QuizOptions): string {
  const parts: string[] = [];
  if (options.types) parts.push(`types ${options.types.join(", ")}`);
  if (options.difficulty && options.difficulty !== "mixed") parts.push(`difficulty ${options.difficulty}`);
  if (options.skills) parts.push(`skills ${options.skills.join(", ")}`);
  return parts.length ? ` with ${parts.join("; ")}` : "";
}
