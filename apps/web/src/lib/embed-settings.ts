/** How an embedded quiz looks and what it asks, read from the embed URL's query. */
export type EmbedSettings = {
  questions: 5 | 10 | 15;
  difficulty?: "EASY" | "MEDIUM" | "HARD";
  types?: string[];
  theme: "light" | "dark" | "auto";
  /** A CSS hex colour (#rgb or #rrggbb); anything else is dropped, so nothing can inject CSS. */
  accent?: string;
  mode: "now" | "end";
  /** The embedding page's origin, when it is a valid origin. */
  host?: string;
};

type Params = Record<string, string | string[] | undefined>;

const QUESTION_TYPES = new Set([
  "MULTIPLE_CHOICE",
  "TRUE_FALSE",
  "MULTI_SELECT",
  "ORDERING",
  "MATCHING",
  "CLOZE",
]);
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const str = (v: unknown) => {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === "string" ? x.trim() : "";
};

/** The origin of `value`, or undefined when it is not an http(s) origin. */
export function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the settings leniently: a bad value falls back to its default rather than failing the frame. */
export function readEmbedSettings(source: Params | FormData): EmbedSettings {
  const get = (k: string) => str(source instanceof FormData ? source.get(k) : source[k]);
  const n = Number(get("questions"));
  const difficulty = get("difficulty").toUpperCase();
  const types = get("types")
    .split(",")
    .map((t) => t.trim().toUpperCase().replace(/-/g, "_"))
    .filter((t) => QUESTION_TYPES.has(t));
  const theme = get("theme");
  const accent = get("accent");
  const host = originOf(get("host"));
  return {
    questions: n === 10 || n === 15 ? n : 5,
    ...(difficulty === "EASY" || difficulty === "MEDIUM" || difficulty === "HARD" ? { difficulty } : {}),
    ...(types.length ? { types } : {}),
    theme: theme === "light" || theme === "dark" ? theme : "auto",
    ...(HEX.test(accent) ? { accent } : {}),
    mode: get("mode") === "end" ? "end" : "now",
    ...(host ? { host } : {}),
  };
}

/** The settings as query/hidden-field pairs, defaults left out so URLs stay short. */
export function settingsFields(s: EmbedSettings): Record<string, string> {
  return {
    questions: String(s.questions),
    ...(s.difficulty ? { difficulty: s.difficulty.toLowerCase() } : {}),
    ...(s.types ? { types: s.types.join(",") } : {}),
    ...(s.theme !== "auto" ? { theme: s.theme } : {}),
    ...(s.accent ? { accent: s.accent } : {}),
    ...(s.mode !== "now" ? { mode: s.mode } : {}),
    ...(s.host ? { host: s.host } : {}),
  };
}

/** True when `origin` may embed quizzes: any origin under `*`, else one of the list. */
export function originAllowed(origin: string, allowed: "*" | string[]): boolean {
  return allowed === "*" || allowed.includes(origin);
}
