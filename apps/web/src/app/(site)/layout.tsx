import type { ReactNode } from "react";
import { SiteChrome } from "../../components/site/site-chrome";

/** Every page of the site proper; the embed frames (/embed/quiz) have their own minimal layout. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
