/** One message for the host page, posted through frame.js (window.quizwireFrame). */
export type FrameEvent =
  | { type: "ready"; payload: { quizId: string; questionCount: number } }
  | {
      type: "answer";
      payload: { quizId: string; questionId: string; correct: boolean; prompt: string; response: string };
    }
  | { type: "complete"; payload: { quizId: string; score: number; total: number } };

// Runs once per page load: every embed step is a full page load, so the events of this step go out once.
const POST = `(function(){var f=window.quizwireFrame,d=document.getElementById("quizwire-events");if(!f||!d)return;JSON.parse(d.textContent).forEach(function(e){f.post(e.type,e.payload)})})();`;

/**
 * The frame bridge and the events of this step. Without JavaScript nothing here runs and the quiz
 * still works; the JSON is escaped so an answer's text cannot close the script element.
 */
export function FrameEvents({ events }: { events: FrameEvent[] }) {
  const json = JSON.stringify(events).replace(/</g, "\\u003c");
  return (
    <>
      <script src="/embed/frame.js" />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON data with < escaped, built here, not from markup */}
      <script id="quizwire-events" type="application/json" dangerouslySetInnerHTML={{ __html: json }} />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script written above */}
      <script dangerouslySetInnerHTML={{ __html: POST }} />
    </>
  );
}
