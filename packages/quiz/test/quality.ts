import type { AnnotatedArticle, Entity } from "@quizwire/content";
import { kindFamily } from "../src/graph/kinds.js";
import type { AnswerKey, Question, Quiz, QuizOptions } from "../src/index.js";
import { compareDates } from "../src/templates/chronology.js";
import { wordKey } from "../src/text.js";

/**
 * Every way a quiz breaks the quality rules, as sentences (empty when it keeps them all). Checked
 * against the graph itself, not against what the templates meant to do.
 */
export function qualityProblems(graph: AnnotatedArticle, quiz: Quiz, options: QuizOptions): string[] {
  const problems: string[] = [];
  const say = (q: Question, text: string) => problems.push(`${q.id} (${q.type}, ${q.factKey}): ${text}`);
  if (quiz.questions.length !== options.questionCount) {
    problems.push(`asked for ${options.questionCount} questions, got ${quiz.questions.length}`);
  }
  const facts = new Set<string>();
  const mcPositions: number[] = [];
  const truths: boolean[] = [];
  quiz.questions.forEach((q, i) => {
    const key = quiz.answerKey[i]!;
    if (q.id !== `q${i + 1}` || key.questionId !== q.id) say(q, "ids are not q1..qn in order");
    if (options.types && !options.types.includes(q.type)) say(q, "type not asked for");
    if (options.skills && !options.skills.includes(q.skill)) say(q, "skill not asked for");
    if (options.difficulty && options.difficulty !== "mixed" && q.difficulty !== options.difficulty) {
      say(q, `difficulty ${q.difficulty}, asked for ${options.difficulty}`);
    }
    if (!q.skill || !q.difficulty || q.explanation.trim().length < 10)
      say(q, "missing skill, difficulty or explanation");
    if (q.evidence.length === 0) say(q, "no evidence");
    for (const s of q.evidence) {
      if (graph.article.body.slice(s.start, s.end) !== s.text)
        say(q, `evidence ${s.start}-${s.end} is not the body's text`);
    }
    for (const f of q.facts) {
      if (facts.has(f)) say(q, `fact ${f} asked twice`);
      facts.add(f);
    }
    if (!q.facts.includes(q.factKey)) say(q, "fact key missing from facts");
    const ids = [...q.choices.map((c) => c.id), ...(q.items?.left.map((c) => c.id) ?? [])];
    if (new Set(ids).size !== ids.length) say(q, "choice ids repeat");
    if (ids.some((id) => !/^c[0-9a-z]{7,}$/.test(id))) say(q, "choice ids are not opaque");
    if (new Set(q.choices.map((c) => c.label)).size !== q.choices.length) say(q, "choice labels repeat");
    for (const id of key.correctChoiceIds)
      if (!q.choices.some((c) => c.id === id)) say(q, "key names an unknown choice");
    if (q.type === "MULTIPLE_CHOICE") {
      if (q.choices.length < 4) say(q, "fewer than three distractors");
      mcPositions.push(q.choices.findIndex((c) => c.id === key.correctChoiceIds[0]));
    }
    if (q.type === "TRUE_FALSE")
      truths.push(q.choices.find((c) => c.id === key.correctChoiceIds[0])?.label === "True");
    if (q.type === "ORDERING" && q.choices.every((c, j) => c.id === key.correctChoiceIds[j])) {
      say(q, "shown already in the right order");
    }
    for (const p of truthProblems(graph, q, key)) say(q, p);
    for (const p of evidenceProblems(graph, q, key)) say(q, p);
  });
  const cap = (n: number, k: number) => Math.ceil(n / k) + 1;
  for (let p = 0; p < 4; p++) {
    if (mcPositions.filter((x) => x === p).length > cap(mcPositions.length, 4)) {
      problems.push(`right answer at position ${p} too often (${mcPositions.join(",")})`);
    }
  }
  for (const t of [true, false]) {
    if (truths.filter((x) => x === t).length > cap(truths.length, 2))
      problems.push(`too many ${t} statements`);
  }
  return problems;
}

function byName(graph: AnnotatedArticle, label: string): Entity | undefined {
  return graph.entities.find((e) => e.name === label);
}

/** Whether any distractor is also true, or of another kind than the answer, according to the graph. */
function truthProblems(graph: AnnotatedArticle, q: Question, key: AnswerKey): string[] {
  const out: string[] = [];
  const right = q.choices.filter((c) => key.correctChoiceIds.includes(c.id)).map((c) => c.label);
  const wrong = q.choices.filter((c) => !key.correctChoiceIds.includes(c.id)).map((c) => c.label);
  const [kind, id] = q.factKey.split(":");
  const answer = right[0] ? byName(graph, right[0]) : undefined;
  if (q.type === "MULTIPLE_CHOICE" && answer) {
    for (const w of wrong) {
      const e = byName(graph, w);
      if (!e || kindFamily(e.kind) !== kindFamily(answer.kind))
        out.push(`distractor ${w} is not a ${answer.kind}`);
    }
  }
  if (q.type === "MULTIPLE_CHOICE" && kind === "quote") {
    const quote = graph.quotes.find((x) => x.id === id)!;
    const sameText = graph.quotes.filter((x) => wordKey(x.text) === wordKey(quote.text));
    for (const w of wrong) {
      const e = byName(graph, w);
      if (sameText.some((x) => x.speakerId === e?.id || x.channelEntityId === e?.id))
        out.push(`${w} also said it`);
    }
  }
  if (q.type === "MULTIPLE_CHOICE" && kind === "role") {
    const person = graph.entities.find((e) => e.id === id)!;
    const titles = (e: Entity | undefined) => new Set(e?.roles.map((r) => wordKey(r.title)) ?? []);
    for (const w of wrong) {
      if (titles(person).has(wordKey(w))) out.push(`${person.name} also holds ${w}`);
      const asked = person.roles.map((r) => wordKey(r.title));
      if (asked.some((t) => titles(byName(graph, w)).has(t))) out.push(`${w} also holds the post`);
    }
  }
  if (q.type === "MULTIPLE_CHOICE" && kind === "event") {
    const event = graph.events.find((e) => e.id === id)!;
    if (wrong.some((w) => byName(graph, w)?.id === event.locationId))
      out.push("a distractor is the location");
  }
  if (q.type === "MULTIPLE_CHOICE" && kind === "rel") {
    const [, predicate, object] = q.factKey.split(":");
    const subjectId = q.facts.find((f) => f.startsWith("rel:") && f !== q.factKey)?.split(":")[1];
    const holds = (s: string | undefined, o: string | undefined) =>
      graph.relations.some((r) => r.predicate === predicate && r.subjectId === s && r.objectId === o);
    for (const w of wrong) {
      const e = byName(graph, w);
      if (holds(e?.id, object) || holds(subjectId, e?.id)) out.push(`${w} is also true`);
    }
  }
  if (q.type === "MULTI_SELECT" && kind === "faction") {
    const members = new Set(
      graph.relations
        .filter((r) => r.objectId === id && (r.predicate === "MEMBER_OF" || r.predicate === "LEADS"))
        .map((r) => r.subjectId),
    );
    for (const r of right) if (!members.has(byName(graph, r)?.id ?? "")) out.push(`${r} is not a member`);
    for (const w of wrong)
      if (members.has(byName(graph, w)?.id ?? "")) out.push(`distractor ${w} is a member`);
  }
  if (q.type === "ORDERING") {
    const events = key.correctChoiceIds.map((cid) => {
      const label = q.choices.find((c) => c.id === cid)!.label;
      return graph.events.find((e) => e.title === label)!;
    });
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        if (compareDates(events[i]!, events[j]!) >= 0)
          out.push(`${events[i]!.id} is not before ${events[j]!.id}`);
      }
    }
  }
  if (q.type === "MATCHING") {
    const label = (cid: string) =>
      [...(q.items?.left ?? []), ...(q.items?.right ?? [])].find((c) => c.id === cid)!.label;
    for (const [l, r] of Object.entries(key.pairs ?? {})) {
      const person = byName(graph, label(l));
      if (!person?.roles.some((x) => x.title === label(r))) out.push(`${label(l)} is not ${label(r)}`);
    }
    const titles = Object.values(key.pairs ?? {}).map((r) => wordKey(label(r)));
    for (const l of Object.keys(key.pairs ?? {})) {
      const person = byName(graph, label(l))!;
      const own = person.roles.map((x) => wordKey(x.title));
      if (titles.filter((t) => own.includes(t)).length !== 1)
        out.push(`${person.name} fits more than one post`);
    }
  }
  return out;
}

/** The prompt must not give the answer away, and the evidence must name it. */
function evidenceProblems(graph: AnnotatedArticle, q: Question, key: AnswerKey): string[] {
  if (q.type !== "MULTIPLE_CHOICE" && q.type !== "CLOZE") return [];
  const answer =
    q.type === "CLOZE" ? key.correctAnswer : q.choices.find((c) => c.id === key.correctChoiceIds[0])!.label;
  const entity = byName(graph, answer);
  const names = [answer, ...(entity?.aliases ?? []), ...answer.split(/\s+/).filter((w) => w.length > 3)];
  const out: string[] = [];
  if (q.prompt.toLowerCase().includes(answer.toLowerCase())) out.push(`the prompt gives away ${answer}`);
  const evidence = q.evidence.map((s) => s.text).join(" ");
  if (!names.some((n) => evidence.includes(n))) out.push(`the evidence does not name ${answer}`);
  return out;
}
