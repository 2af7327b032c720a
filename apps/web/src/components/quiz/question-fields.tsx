import type { QuestionView } from "../../lib/answer-form";
import type { Answer } from "../../lib/quiz-state";

type Props = {
  question: QuestionView;
  /** The player's earlier answer, shown selected (review or a second try). */
  answer?: Answer;
  /** Shows the answer read-only, for immediate feedback. */
  disabled?: boolean;
};

/** The native inputs of one question, by type; every input has a visible label. */
export function QuestionFields({ question, answer, disabled = false }: Props) {
  const q = question;
  switch (q.type) {
    case "CLOZE":
      return (
        <p>
          <label htmlFor={`text-${q.id}`}>The missing word</label>{" "}
          <input
            id={`text-${q.id}`}
            type="text"
            name="text"
            autoComplete="off"
            spellCheck={false}
            required
            disabled={disabled}
            defaultValue={answer?.text ?? ""}
          />
        </p>
      );
    case "ORDERING": {
      const order = answer?.choiceIds ?? q.choices.map((c) => c.id);
      const positions = q.choices.map((_, i) => i + 1);
      return (
        <div>
          <p className="meta">Give each item its place in time: 1 is the earliest.</p>
          {q.choices.map((c, i) => {
            const at = order.indexOf(c.id);
            return (
              <div className="row" key={c.id}>
                <label htmlFor={`pos-${q.id}-${c.id}`}>{c.label}</label>
                <select
                  id={`pos-${q.id}-${c.id}`}
                  name={`pos:${c.id}`}
                  defaultValue={String((at >= 0 ? at : i) + 1)}
                  disabled={disabled}
                >
                  {positions.map((p) => (
                    <option key={p} value={p}>
                      Position {p}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      );
    }
    case "MATCHING":
      return (
        <div>
          {q.leftItems.map((l) => (
            <div className="row" key={l.id}>
              <label htmlFor={`match-${q.id}-${l.id}`}>{l.label}</label>
              <select
                id={`match-${q.id}-${l.id}`}
                name={`match:${l.id}`}
                defaultValue={answer?.pairs?.find((p) => p.leftId === l.id)?.rightId ?? ""}
                required
                disabled={disabled}
              >
                <option value="">Choose a match…</option>
                {q.rightOptions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    default: {
      const multi = q.type === "MULTI_SELECT";
      return (
        <ul className="options">
          {multi ? (
            <li className="meta" style={{ border: 0 }}>
              Choose every answer that applies.
            </li>
          ) : null}
          {q.choices.map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type={multi ? "checkbox" : "radio"}
                  name="choice"
                  value={c.id}
                  required={!multi}
                  disabled={disabled}
                  defaultChecked={answer?.choiceIds?.includes(c.id) ?? false}
                />
                {c.label}
              </label>
            </li>
          ))}
        </ul>
      );
    }
  }
}
