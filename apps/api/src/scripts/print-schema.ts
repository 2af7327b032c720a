import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { printSchemaFile } from "../print-schema.js";

// Writes apps/api/schema.graphql from the code: `npm run schema:print -w @quizwire/api`.
const target = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
await writeFile(target, await printSchemaFile());
console.log(`wrote ${target}`);
