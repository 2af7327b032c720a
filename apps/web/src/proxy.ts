import { type NextRequest, NextResponse } from "next/server";
import { readEnv } from "./lib/env";

/**
 * Who may frame which page, decided per request so one build serves any EMBED_ALLOWED_ORIGINS:
 * embed frames (/embed/quiz/…) the allowed origins, every other page only this site.
 */
export function proxy(request: NextRequest): NextResponse {
  const response = NextResponse.next();
  const embed = request.nextUrl.pathname.startsWith("/embed/quiz/");
  const allowed = readEnv().EMBED_ALLOWED_ORIGINS;
  // 'self' too, so the builder's preview frame works whatever the list.
  const ancestors = embed ? (allowed === "*" ? "*" : ["'self'", ...allowed].join(" ")) : "'self'";
  response.headers.set("content-security-policy", `frame-ancestors ${ancestors}`);
  if (!embed) response.headers.set("x-frame-options", "SAMEORIGIN");
  return response;
}

export const config = {
  // Static assets and the scripts need no frame policy.
  matcher: ["/((?!_next/|widget\\.js|embed/frame\\.js|favicon\\.ico).*)"],
};
