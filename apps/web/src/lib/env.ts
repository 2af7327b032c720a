import { z } from "zod";

const EnvSchema = z.object({
  /** The GraphQL endpoint the web app reads and writes through. Default: the local API. */
  API_URL: z
    .string()
    .url("API_URL must be a full URL such as http://localhost:4000/graphql")
    .default("http://localhost:4000/graphql"),
  /** Milliseconds to wait for the API before the page says it is down. Default: 8000. */
  API_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
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
