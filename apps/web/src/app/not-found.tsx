import { SiteChrome } from "../components/site/site-chrome";

export default function NotFound() {
  return (
    <SiteChrome>
      <h1>Not found</h1>
      <p>There is no article, entity or quiz at this address. It may have been mistyped or removed.</p>
      <p>
        <a href="/">See all articles</a>
      </p>
    </SiteChrome>
  );
}
