import { z } from "zod";

/** The environment the CLIs read, validated once. */
const EnvSchema = z.object({
  /** PostgreSQL URL; unset means the embedded PGlite database. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the user ran `npm run` (npm sets it); paths on the command line are resolved from here. */
  INIT_CWD: z.string().optional(),
  /** Test-only: a load step after which `ingest` pauses inside the transaction (see test-pause.ts). */
  QUIZWIRE_TEST_PAUSE_IN_LOAD: z.string().optional(),
});

export const env = EnvSchema.parse(process.env);
