import "reflect-metadata";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { printSchemaFile } from "../src/print-schema.js";

describe("schema.graphql", () => {
  it("matches the schema built from the code", async () => {
    const onDisk = await readFile(new URL("../schema.graphql", import.meta.url), "utf8").catch(() => "");
    const fromCode = await printSchemaFile();
    expect(
      onDisk === fromCode,
      "apps/api/schema.graphql is stale: run `npm run schema:print -w @quizwire/api` and commit it",
    ).toBe(true);
  });
});
