import type { AnnotatedArticle } from "@quizwire/content";
import { maxDisjoint, toUnits } from "../generate/select.js";
import { questionPool } from "../pool.js";
import { QUESTION_TYPES, type QuestionCandidate } from "../types.js";

function describe(c: QuestionCandidate): string[] {
  const lines = [`  [${c.difficulty}, ${c.skill}, ${c.template}] ${c.prompt}`];
  if (c.type === "MATCHING") {
    for (const p of c.pairs ?? []) lines.push(`      ${p.left.label} -> ${p.right.label}`);
  } else if (c.type === "ORDERING") {
    lines.push(`      order: ${c.correctAnswer}`);
  } else {
    lines.push(`      answer: ${c.correctAnswer}`);
    const wrong = c.options.filter((o) => !o.correct && c.type !== "TRUE_FALSE").map((o) => o.label);
    if (wrong.length) lines.push(`      distractors: ${wrong.join(" | ")}`);
    if (c.accepted && c.accepted.length > 1)
      lines.push(`      also accepted: ${c.accepted.slice(1).join(" | ")}`);
  }
  for (const s of c.evidence) lines.push(`      evidence: ${s.text.replace(/\s+/g, " ")}`);
  return lines;
}

/** The editor's view of an article's pool: every candidate grouped by type, then counts per type. */
export function formatPool(graph: AnnotatedArticle): string {
  const pool = questionPool(graph);
  const lines: string[] = [`Question pool for ${graph.article.slug}: “${graph.article.title}”`, ""];
  for (const type of QUESTION_TYPES) {
    const ofType = pool.filter((c) => c.type === type);
    lines.push(`== ${type} (${ofType.length}) ==`);
    for (const c of ofType) lines.push(...describe(c), "");
    if (ofType.length === 0) lines.push("  (none)", "");
  }
  const units = toUnits(pool);
  lines.push("Summary (candidates; true/false counts each statement, true and false variants apart):");
  for (const type of QUESTION_TYPES) {
    const n = pool.filter((c) => c.type === type).length;
    const slots = units.filter((u) => u.type === type).length;
    lines.push(
      `  ${type.padEnd(16)}${String(n).padStart(4)}${type === "TRUE_FALSE" ? `  (${slots} true/false pairs)` : ""}`,
    );
  }
  lines.push(`  ${"total".padEnd(16)}${String(pool.length).padStart(4)}`);
  lines.push(`  largest quiz without repeating a fact: ${maxDisjoint(units).length} questions`);
  return `${lines.join("\n")}\n`;
}
