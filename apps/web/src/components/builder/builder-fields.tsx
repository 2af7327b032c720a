import type { EmbedSettings } from "../../lib/embed-settings";

const TYPES = [
  ["MULTIPLE_CHOICE", "Multiple choice"],
  ["TRUE_FALSE", "True or false"],
  ["MULTI_SELECT", "Pick all that apply"],
  ["ORDERING", "Put in order"],
  ["MATCHING", "Match pairs"],
  ["CLOZE", "Fill the gap"],
] as const;

type Props = { articles: { slug: string; title: string }[]; slug: string; settings: EmbedSettings };

/** The builder's choices: article, length, types, difficulty, theme, accent and feedback. */
export function BuilderFields({ articles, slug, settings }: Props) {
  return (
    <>
      <p>
        <label htmlFor="b-article">Article</label>
        <br />
        <select id="b-article" name="article" defaultValue={slug}>
          {articles.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.title}
            </option>
          ))}
        </select>
      </p>
      <div className="row">
        <p>
          <label htmlFor="b-questions">Questions</label>
          <br />
          <select id="b-questions" name="questions" defaultValue={String(settings.questions)}>
            {[5, 10, 15].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="b-difficulty">Difficulty</label>
          <br />
          <select id="b-difficulty" name="difficulty" defaultValue={settings.difficulty?.toLowerCase() ?? ""}>
            <option value="">Mixed</option>
            <option value="easy">Easy</option>
            <option value="medium">Medium</option>
            <option value="hard">Hard</option>
          </select>
        </p>
        <p>
          <label htmlFor="b-theme">Theme</label>
          <br />
          <select id="b-theme" name="theme" defaultValue={settings.theme}>
            <option value="auto">Follow the reader's system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </p>
        <p>
          <label htmlFor="b-accent">Accent colour (hex, e.g. #0a7)</label>
          <br />
          <input
            id="b-accent"
            type="text"
            name="accent"
            defaultValue={settings.accent ?? ""}
            pattern="#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?"
          />
        </p>
        <p>
          <label htmlFor="b-mode">Feedback</label>
          <br />
          <select id="b-mode" name="mode" defaultValue={settings.mode}>
            <option value="now">After each question</option>
            <option value="end">At the end</option>
          </select>
        </p>
      </div>
      <fieldset>
        <legend>Question types (none checked: all)</legend>
        <ul className="options">
          {TYPES.map(([value, label]) => (
            <li key={value}>
              <label>
                <input
                  type="checkbox"
                  name="types"
                  value={value}
                  defaultChecked={settings.types?.includes(value) ?? false}
                />{" "}
                {label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
