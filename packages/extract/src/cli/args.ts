/** Parsed command line of `ingest`. */
export interface IngestArgs {
  file: string;
  title?: string;
  byline?: string;
  publishedAt?: string;
  dryRun: boolean;
  json: boolean;
  dataDir?: string;
}

const USAGE =
  "usage: npm run ingest -- FILE [--title TEXT] [--byline TEXT] [--published YYYY-MM-DD] [--data-dir DIR] [--dry-run] [--json]";

/** Reads `ingest` arguments; throws with the usage line on anything it does not know. */
export function parseIngestArgs(argv: string[]): IngestArgs {
  const args: Partial<IngestArgs> & { dryRun: boolean; json: boolean } = { dryRun: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--dry-run") args.dryRun = true;
    else if (a === "--json") args.json = true;
    else if (a === "--title") args.title = value();
    else if (a === "--byline") args.byline = value();
    else if (a === "--published") args.publishedAt = value();
    else if (a === "--data-dir") args.dataDir = value();
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else if (args.file) throw new Error(`one file at a time (got ${args.file} and ${a})\n${USAGE}`);
    else args.file = a;
  }
  if (!args.file) throw new Error(`no file given\n${USAGE}`);
  if (args.publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(args.publishedAt))
    throw new Error(`--published takes a date written YYYY-MM-DD (got ${args.publishedAt})`);
  return args as IngestArgs;
}
