import { z } from "zod";

const EnvSchema = z.object({
  /** The GraphQL endpoint the web app reads and writes through. Default: the local API. */
  API_URL: z
    .string()
    .url("API_URL must be a full URL such as http://localhost:4000/graphql")
    .default("http://localhost:4000/graphql"),
  /** Milliseconds to wait for the API before the page says it is down. Default: 8000. */
  API_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  /**
   * Origins allowed to frame /embed/* (comma-separated, e.g. `https://news.example,https://b.example`),
   * or `*` for any. Default: any. Also the origins whose attempts are recorded as such.
   */
  EMBED_ALLOWED_ORIGINS: z
    .string()
    .default("*")
    .transform((raw, ctx) => {
      const list = raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (list.length === 0 || list.includes("*")) return "*" as const;
      for (const item of list) {
        let origin = "";
        try {
          origin = new URL(item).origin;
        } catch {}
        if (origin !== item) {
          ctx.addIssue({
            code: "custom",
            message: `"${item}" is not an origin; write scheme://host[:port] with no path, e.g. https://news.example`,
          });
        }
      }
      return list;
    }),
});

export type Env = z.infer<typeof EnvSchema>;

/** Reads and validates the environment; the only place the web app reads process.env. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment for the web app: ${detail}`);
  }
  return parsed.data;
}
