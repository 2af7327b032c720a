import type { CheckAnswerQuery } from "../../gql/graphql";
import { EvidenceLink } from "./evidence-link";

type Result = CheckAnswerQuery["checkAnswer"];

/** Immediate feedback on one answer: right or wrong, the answer, why, and the proof. */
export function Feedback({ slug, result, newTab }: { slug: string; result: Result; newTab?: boolean }) {
  return (
    <div>
      <p className={result.correct ? "ok" : "bad"}>
        {result.correct ? "Right." : `Not quite. The answer: ${result.correctAnswer}.`}
      </p>
      <p>{result.explanation}</p>
      {result.evidence.slice(0, 1).map((e) => (
        <EvidenceLink key={e.start} slug={slug} evidence={e} newTab={newTab === true} />
      ))}
    </div>
  );
}
