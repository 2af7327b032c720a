import { lexicographicSortSchema, printSchema } from "graphql";
import { getSchema } from "./schema.js";

/** The schema as SDL, sorted so that the file only changes when the schema does. */
export async function printSchemaFile(): Promise<string> {
  const header = "# Generated from apps/api/src by `npm run schema:print -w @quizwire/api`. Do not edit.\n\n";
  return `${header}${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
