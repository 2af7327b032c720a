import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OriginTable, originHref } from "./origin-table";

const PATH = "/quizzes/q-1/stats";
const origins = [
  { origin: "https://news.example", attempts: 3 },
  { origin: "https://blog.example:8443", attempts: 2 },
  { origin: null, attempts: 1 },
];

/** Each body row as its cells' text, with the row's link and whether it is the current one. */
const rows = (html: string) =>
  [...html.split("<tbody>")[1]!.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => ({
    cells: [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, "")),
    href: row!.match(/<a href="([^"]+)"/)?.[1]?.replaceAll("&amp;", "&"),
    current: row!.includes('aria-current="page"'),
  }));

describe("OriginTable", () => {
  it("lists all origins first, then each origin with attempts and share, linked to the filter", () => {
    expect(rows(renderToStaticMarkup(<OriginTable path={PATH} origins={origins} />))).toEqual([
      { cells: ["All origins", "6", "100%"], href: PATH, current: true },
      {
        cells: ["https://news.example", "3", "50%"],
        href: `${PATH}?origin=https%3A%2F%2Fnews.example`,
        current: false,
      },
      {
        cells: ["https://blog.example:8443", "2", "33%"],
        href: `${PATH}?origin=https%3A%2F%2Fblog.example%3A8443`,
        current: false,
      },
      // No filter selects the attempts without an origin: the row says what they are, without a link.
      { cells: ["Quizwire itself (not embedded)", "1", "17%"], href: undefined, current: false },
    ]);
  });

  it("marks the selected origin as current (aria-current and bold), and only it", () => {
    const html = renderToStaticMarkup(
      <OriginTable path={PATH} origins={origins} selected="https://blog.example:8443" />,
    );
    expect(rows(html).map((r) => r.current)).toEqual([false, false, true, false]);
    expect(html).toContain('aria-current="page"><strong>https://blog.example:8443</strong></a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it("gives a selected origin without attempts its own empty row, and no share when nothing was taken", () => {
    const html = renderToStaticMarkup(
      <OriginTable path={PATH} origins={[]} selected="https://new.example" />,
    );
    expect(rows(html)).toEqual([
      { cells: ["All origins", "0", "–"], href: PATH, current: false },
      {
        cells: ["https://new.example", "0", "–"],
        href: `${PATH}?origin=https%3A%2F%2Fnew.example`,
        current: true,
      },
    ]);
  });

  it("escapes what an origin could smuggle into the markup or the link", () => {
    const odd = 'https://x.example"><script>alert(1)</script>&y=1';
    const html = renderToStaticMarkup(<OriginTable path={PATH} origins={[{ origin: odd, attempts: 1 }]} />);
    expect(html).not.toContain("<script>");
    expect(rows(html)[1]!.href).toBe(originHref(PATH, odd));
    expect(new URL(originHref(PATH, odd), "http://w").searchParams.get("origin")).toBe(odd);
  });
});
