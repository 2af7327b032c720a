import type { ReactNode } from "react";

/** The site's header, main landmark and footer; embed pages (/embed/quiz) go without it. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="site">
        <a href="/">Quizwire</a>
      </header>
      <main id="main">{children}</main>
      <footer className="site">
        <p>Quizwire: articles, the people and events in them, and quizzes that prove each answer.</p>
      </footer>
    </>
  );
}
