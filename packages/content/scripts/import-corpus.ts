/**
 * Copies the Wikinews test corpus into data/raw as RawArticle JSON files, with the attribution its
 * SOURCES.md asks for. Run once at authoring time; the output is committed and nothing reads the
 * corpus folder at run or test time.
 *
 *   npx tsx scripts/import-corpus.ts [corpusDir]   (default: ../../../shared/corpus)
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rawArticleFromText } from "../src/load/raw-from-text.js";
import { formatContentError } from "../src/validate/error.js";
import { validateRawArticle } from "../src/validate/validate-raw.js";

const LICENSE_URL = "https://creativecommons.org/licenses/by/2.5/";
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const corpusDir = resolve(process.argv[2] ?? join(packageDir, "../../../shared/corpus"));
const outDir = join(packageDir, "data/raw");

const sources = readFileSync(join(corpusDir, "SOURCES.md"), "utf8");
/** File name -> source URL, from the table rows of SOURCES.md. */
const urls = new Map<string, string>();
for (const line of sources.split("\n")) {
  const cells = line.split("|").map((cell) => cell.trim());
  if (cells[1]?.endsWith(".txt") && cells[3]?.startsWith("https://")) urls.set(cells[1], cells[3]);
}

let failed = false;
for (const name of readdirSync(corpusDir)
  .filter((n) => n.endsWith(".txt"))
  .sort()) {
  const sourceUrl = urls.get(name);
  if (!sourceUrl) throw new Error(`${name} has no row in SOURCES.md`);
  const text = readFileSync(join(corpusDir, name), "utf8");
  const title = text.split("\n", 1)[0]!.trim();
  const slug = basename(name, ".txt").replace(/^\d+-/, "");
  const article = rawArticleFromText(text, {
    slug,
    publisher: "Wikinews",
    sourceUrl,
    license: "CC BY 2.5",
    attribution:
      `"${title}" by Wikinews contributors, Wikinews, ${sourceUrl}, licensed CC BY 2.5 (${LICENSE_URL}); ` +
      "text taken from the GUM corpus (https://github.com/amir-zeldes/gum) and modified: markup stripped, " +
      "image captions and page furniture left out (per-file changes in SOURCES.md).",
  });
  const checked = validateRawArticle(article, `${slug}.json`);
  if (!checked.ok) {
    failed = true;
    console.error(checked.errors.map(formatContentError).join("\n"));
    continue;
  }
  writeFileSync(join(outDir, `${slug}.json`), `${JSON.stringify(article, null, 2)}\n`);
  console.log(`${slug}.json: ${article.body.split(/\s+/).length} words`);
}
copyFileSync(join(corpusDir, "SOURCES.md"), join(outDir, "SOURCES.md"));
// The repository's formatter also formats Markdown (it pads the table); keep the copy as it would leave it.
spawnSync("npx", ["biome", "format", "--write", join(outDir, "SOURCES.md")], { stdio: "inherit" });
if (failed) process.exit(1);
