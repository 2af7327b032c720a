/**
 * `npm run content:check`: validates every curated and raw content file, prints counts per article
 * and exits 1 listing every error when any file is invalid.
 *
 *   tsx src/cli/check.ts [--dir <content folder>]   (default: this package's data folder)
 */
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { contentDataDir, loadContentDir } from "../load/content-dir.js";
import { formatErrors, formatReport } from "./report.js";

function main(argv: string[]): number {
  let dir: string;
  try {
    const { values } = parseArgs({ args: argv, options: { dir: { type: "string" } }, strict: true });
    dir = resolve(values.dir ?? contentDataDir);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: check [--dir <content folder>]\n`);
    return 2;
  }
  const content = loadContentDir(dir);
  const display = (file: string) => relative(process.cwd(), file) || file;
  process.stdout.write(formatReport(content, display));
  if (content.articles.length === 0 && content.raw.length === 0 && content.errors.length === 0) {
    process.stderr.write(`no content files found in ${dir}/articles or ${dir}/raw\n`);
    return 1;
  }
  if (content.errors.length > 0) {
    process.stderr.write(formatErrors(content.errors, display));
    return 1;
  }
  process.stdout.write(`all ${content.articles.length + content.raw.length} content files are valid\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
