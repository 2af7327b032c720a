/** What a page shows instead of its content when the API does not answer. */
export function ApiDown({ detail }: { detail: string }) {
  return (
    <section role="alert">
      <h1>The quiz API is down</h1>
      <p>
        This page needs the Quizwire API, and it did not answer. Start it (npm start) or try again in a
        moment.
      </p>
      <p className="meta">{detail}</p>
    </section>
  );
}
