import { startQuiz } from "../../app/(site)/articles/[slug]/quiz/actions";

/** Options of a new quiz: length, difficulty and when to show feedback. */
export function StartForm({ slug, title }: { slug: string; title: string }) {
  return (
    <form action={startQuiz}>
      <input type="hidden" name="slug" value={slug} />
      <p>
        Test what you remember of <em>{title}</em>. Every answer comes with the sentence that proves it.
      </p>
      <fieldset>
        <legend>Length</legend>
        <ul className="options">
          {[5, 10, 15].map((n) => (
            <li key={n}>
              <label>
                <input type="radio" name="length" value={n} defaultChecked={n === 5} /> {n} questions
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Difficulty</legend>
        <ul className="options">
          {[
            ["", "Mixed"],
            ["EASY", "Easy"],
            ["MEDIUM", "Medium"],
            ["HARD", "Hard"],
          ].map(([value, label]) => (
            <li key={value}>
              <label>
                <input type="radio" name="difficulty" value={value} defaultChecked={value === ""} /> {label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Feedback</legend>
        <ul className="options">
          <li>
            <label>
              <input type="radio" name="mode" value="now" defaultChecked /> After each question
            </label>
          </li>
          <li>
            <label>
              <input type="radio" name="mode" value="end" /> At the end
            </label>
          </li>
        </ul>
      </fieldset>
      <button type="submit">Start the quiz</button>
    </form>
  );
}
