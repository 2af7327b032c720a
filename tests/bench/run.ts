import { spawnSync } from "node:child_process";

// npm run bench: every benchmark of the repository, one after the other (each prints its own ratio).
const runs: [string, string[]][] = [
  ["api", ["run", "bench:api", "-w", "@quizwire/tests"]],
  ["quiz-http", ["run", "bench:quiz-http", "-w", "@quizwire/tests"]],
  ["quiz", ["run", "bench", "-w", "@quizwire/quiz"]],
  ["extract", ["run", "bench:extract", "-w", "@quizwire/extract"]],
];
let failed = 0;
for (const [name, args] of runs) {
  console.log(`\n=== bench: ${name} ===`);
  const { status } = spawnSync("npm", args, { stdio: "inherit", cwd: new URL("../..", import.meta.url) });
  if (status !== 0) {
    failed += 1;
    console.error(`bench ${name} failed (exit ${status})`);
  }
}
process.exit(failed ? 1 : 0);
