import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema/index.js";

/** The drizzle database of either backend (PGlite or node-postgres), or a transaction on it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
