import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";

const statements = (tag: string) =>
  readFileSync(new URL(`../drizzle/${tag}.sql`, import.meta.url), "utf8").split("--> statement-breakpoint");

// 0002 adds quizzes.identity_key and its unique index: it must apply to a database holding quizzes.
describe("migration 0002_quiz_identity", () => {
  it("applies over existing quizzes, which keep a null key and never collide", async () => {
    const pg = new PGlite();
    for (const tag of ["0000_init", "0001_unstated_dates"]) {
      for (const sql of statements(tag)) await pg.exec(sql);
    }
    await pg.exec(`
      insert into articles (id, slug, title, published_at, body, paragraphs, sentences, content_hash, status)
        values ('a1', 'a1', 'A', '2024-01-01', 'Body.', '[]', '[]', 'h', 'CURATED');
      insert into quizzes (id, article_id, options, seed, questions)
        values ('q1', 'a1', '{}', 7, '[]'), ('q2', 'a1', '{}', 7, '[]');
    `);
    for (const sql of statements("0002_quiz_identity")) await pg.exec(sql);
    const rows = await pg.query<{ id: string; identity_key: string | null }>(
      "select id, identity_key from quizzes order by id",
    );
    expect(rows.rows).toEqual([
      { id: "q1", identity_key: null },
      { id: "q2", identity_key: null },
    ]);
    await expect(
      pg.exec(
        "insert into quizzes (id, article_id, options, seed, questions, identity_key) values ('q3', 'a1', '{}', 7, '[]', 'k'), ('q4', 'a1', '{}', 7, '[]', 'k')",
      ),
    ).rejects.toThrow(/quizzes_identity_idx/);
    await pg.close();
  });
});
