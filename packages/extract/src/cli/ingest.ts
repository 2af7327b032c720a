import { resolve } from "node:path";
import { ingestFile } from "../ingest-file.js";
import { contractJson, countsLine } from "../summary.js";
import { parseIngestArgs } from "./args.js";
import { env } from "./env.js";
import { pauseInLoad } from "./test-pause.js";

/**
 * `npm run ingest -- FILE [...]`: drafts an article from a plain-text file and stores it (unless
 * --dry-run). Progress and warnings go to stderr; stdout holds the summary, or only JSON with --json.
 */
async function main(): Promise<void> {
  const args = parseIngestArgs(process.argv.slice(2));
  // npm runs workspace scripts in the package folder; paths are meant from where the user typed.
  const base = env.INIT_CWD ?? process.cwd();
  const file = resolve(base, args.file);
  const progress = (s: string) => process.stderr.write(`ingest: ${s}\n`);
  progress(`reading ${file}`);
  const { draft, warnings, correctionsFile } = ingestFile(file, {
    ...(args.title ? { title: args.title } : {}),
    ...(args.byline ? { byline: args.byline } : {}),
    ...(args.publishedAt ? { publishedAt: args.publishedAt } : {}),
    onStage: progress,
  });
  if (correctionsFile) progress(`applied corrections from ${correctionsFile}`);
  for (const w of warnings) progress(`warning: ${w}`);
  let stored = "not stored (--dry-run)";
  if (!args.dryRun) {
    const { openStore } = await import("@quizwire/store");
    const dataDir = resolve(base, args.dataDir ?? ".data/pglite");
    progress(`storing in ${env.DATABASE_URL ? "PostgreSQL" : dataDir}`);
    const store = await openStore(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir });
    try {
      const onStep = pauseInLoad(env.QUIZWIRE_TEST_PAUSE_IN_LOAD);
      const result = await store.loadArticle(draft, onStep ? { onStep } : {});
      stored = result.changed
        ? `stored as ${result.slug}`
        : `unchanged (${result.slug} already stored with this content)`;
    } finally {
      await store.close();
    }
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify(contractJson(draft), null, 2)}\n`);
    return;
  }
  process.stdout.write(
    `${draft.article.title}\n  slug ${draft.article.slug}, published ${draft.article.publishedAt}\n  ${countsLine(draft)}\n  ${stored}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`ingest: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
