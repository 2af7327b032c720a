"use client";

import { SiteChrome } from "../components/site/site-chrome";

/** Last resort for errors a page did not handle itself; pages render ApiDown for a down API. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <SiteChrome>
      <h1>Something went wrong</h1>
      <p>The page could not be shown. If the quiz API is down, start it and try again.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </SiteChrome>
  );
}
