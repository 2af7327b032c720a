import type { GraphIndex } from "../graph/graph-index.js";
import { wordKey } from "../text.js";
import type { QuestionCandidate } from "../types.js";
import { heldPosts } from "./roles.js";
import { candidate } from "./shared.js";

const SIZE = 4;

/** Match people to their posts: windows of four people whose posts differ in words. */
export function matchingCandidates(ix: GraphIndex): QuestionCandidate[] {
  const posts = heldPosts(ix).filter((p) => !p.role.former);
  const out: QuestionCandidate[] = [];
  const seen = new Set<string>();
  for (let startAt = 0; startAt < posts.length; startAt += 2) {
    const group: typeof posts = [];
    const titles = new Set<string>();
    for (const p of [...posts.slice(startAt), ...posts.slice(0, startAt)]) {
      if (group.length === SIZE) break;
      const all = p.person.roles.map((r) => wordKey(r.title));
      if (all.some((t) => titles.has(t))) continue;
      group.push(p);
      for (const t of all) titles.add(t);
    }
    if (group.length < 3) continue;
    const id = group
      .map((p) => p.person.id)
      .sort()
      .join("+");
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(
      candidate(
        {
          key: `match-posts:${id}`,
          template: "match-posts",
          skill: "roles",
          prompt: "Match each person to the post the article gives them.",
          factKey: `match:${id}`,
          facts: group.map((p) => `role:${p.person.id}`),
          explanation: group.map((p) => `${p.person.name} is ${p.role.title}.`).join(" "),
          evidence: group.flatMap((p) => p.role.evidence.map((s) => ix.sentenceOf(s))),
        },
        "MATCHING",
        group.length >= SIZE ? "hard" : "medium",
        {
          options: [],
          pairs: group.map((p) => ({
            left: { key: p.person.id, label: p.person.name },
            right: { key: wordKey(p.role.title), label: p.role.title },
          })),
          correctAnswer: group.map((p) => `${p.person.name}: ${p.role.title}`).join("; "),
        },
      ),
    );
  }
  return out;
}
