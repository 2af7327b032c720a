import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateDrizzleJson, generateMigration } from "drizzle-kit/api";
import { describe, expect, it } from "vitest";
import * as schema from "../src/schema/index.js";

const meta = fileURLToPath(new URL("../drizzle/meta", import.meta.url));

describe("committed migrations", () => {
  it("match the schema in src/schema (run `npm run db:generate -w @quizwire/store` when this fails)", async () => {
    const snapshots = readdirSync(meta)
      .filter((f) => f.endsWith("_snapshot.json"))
      .sort();
    const latest = JSON.parse(readFileSync(`${meta}/${snapshots.at(-1)}`, "utf8"));
    const current = generateDrizzleJson(schema, latest.id);
    expect(await generateMigration(latest, current)).toEqual([]);
  });
});
