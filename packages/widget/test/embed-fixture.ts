/**
 * A minimal embed page for the loader's own tests: it uses the real frame bridge (frame.js) and lets
 * the test grow the content, answer and complete. The full embed page of apps/web is tested in
 * tests/e2e; this one keeps the loader's tests independent of the app.
 */
export function embedFixture(article: string, mode: string | null): string {
  const tall = mode === "runaway" ? `<div style="height:100vh">tall</div>` : "";
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font:16px sans-serif}</style></head>
<body><main data-quizwire-root style="padding:8px">
<h1>Quiz: ${article}</h1>${tall}
<div id="extra"></div>
<button id="grow" type="button">Grow</button>
<button id="answer" type="button">Answer</button>
<button id="done" type="button">Done</button>
</main>
<script src="/frame.js"></script>
<script>
const f = window.quizwireFrame;
f.post("ready", { quizId: "quiz-1", questionCount: 5 });
document.getElementById("grow").onclick = () => {
  const p = document.createElement("p"); p.style.height = "300px"; p.textContent = "more";
  document.getElementById("extra").appendChild(p);
};
document.getElementById("answer").onclick = () =>
  f.post("answer", { quizId: "quiz-1", questionId: "q1", correct: true, prompt: "Who said it?", response: "Trump" });
document.getElementById("done").onclick = () => f.post("complete", { quizId: "quiz-1", score: 4, total: 5 });
</script></body></html>`;
}
