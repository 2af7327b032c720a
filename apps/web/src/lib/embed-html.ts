import type { ReactNode } from "react";

/**
 * React elements to static HTML, for the embed frame's route handler: Next forbids react-dom/server
 * in its server layer (route handlers included), and the frame needs no React on the client at all.
 * It renders what the frame's components use — HTML elements, function components (sync or async),
 * fragments, arrays — as renderToStaticMarkup does (the tests compare the two on those components);
 * anything else (class or client components, context, Suspense, SVG) throws, naming it.
 */
export async function renderToHtml(node: ReactNode): Promise<string> {
  return render(node, undefined);
}

type Props = Record<string, unknown> & { children?: unknown };
type Element = { $$typeof: symbol; type: unknown; props: Props };

const ELEMENT = new Set([Symbol.for("react.transitional.element"), Symbol.for("react.element")]);
const FRAGMENT = Symbol.for("react.fragment");
const TAG = /^[a-zA-Z][a-zA-Z:_.\-\d]*$/;
const ATTRIBUTE = /^[a-zA-Z:_][a-zA-Z\d:_.-]*$/;
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
/** SVG needs attribute aliases, textarea its value as text; React hoists the others into <head>. */
const UNSUPPORTED = new Set(["svg", "math", "textarea", "title", "style", "meta", "link", "base"]);
/** Present (name="") when truthy, absent otherwise. */
const BOOLEAN = new Set(
  "inert allowFullScreen async autoPlay controls credentialless default defer disabled disablePictureInPicture disableRemotePlayback formNoValidate hidden loop noModule noValidate open playsInline readOnly required reversed scoped seamless itemScope autoFocus multiple muted".split(
    " ",
  ),
);
/** Written as "true"/"false" when given a boolean. */
const BOOLEANISH = new Set(["contentEditable", "spellCheck", "draggable", "value"]);
const NOT_ATTRIBUTES = new Set([
  "children",
  "dangerouslySetInnerHTML",
  "ref",
  "key",
  "defaultValue",
  "defaultChecked",
  "innerHTML",
  "suppressContentEditableWarning",
  "suppressHydrationWarning",
]);
const ALIASES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  acceptCharset: "accept-charset",
  httpEquiv: "http-equiv",
  crossOrigin: "crossorigin",
};
/** Booleans React writes in lower case. */
const LOWERCASED = new Set(["autoFocus", "multiple", "muted"]);
/** Attributes React writes after the others, in this order, and which are therefore held back. */
const LATE: Record<string, string[]> = {
  form: ["action", "encType", "method", "target"],
  input: ["name", "formAction", "formEncType", "formMethod", "formTarget", "checked", "value"],
  button: ["name", "formAction", "formEncType", "formMethod", "formTarget"],
};
const UNITLESS = new Set([
  "flex",
  "flexGrow",
  "flexShrink",
  "fontWeight",
  "lineHeight",
  "opacity",
  "order",
  "zIndex",
  "zoom",
]);
const BLOCKED_URL =
  "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')";
const ESCAPES: Record<string, string> = {
  '"': "&quot;",
  "&": "&amp;",
  "'": "&#x27;",
  "<": "&lt;",
  ">": "&gt;",
};

/** Text or an attribute value, escaped as React escapes both. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/["&'<>]/g, (c) => ESCAPES[c]!);
}

const isElement = (node: object): node is Element =>
  ELEMENT.has((node as { $$typeof?: symbol }).$$typeof as symbol);

/** `selected`: the value of the enclosing <select>, which marks its matching <option>. */
async function render(node: unknown, selected: unknown): Promise<string> {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint")
    return escapeHtml(node);
  if (typeof node !== "object") throw new Error(`renderToHtml cannot render a ${typeof node}`);
  if (node instanceof Promise) return render(await node, selected);
  if (Symbol.iterator in node) {
    const parts = await Promise.all([...(node as Iterable<unknown>)].map((child) => render(child, selected)));
    return parts.join("");
  }
  if (!isElement(node)) throw new Error(`renderToHtml cannot render ${JSON.stringify(node).slice(0, 80)}`);
  const { type, props } = node;
  if (typeof type === "string") return host(type, props, selected);
  if (type === FRAGMENT) return render(props.children, selected);
  if (typeof type === "function" && !("$$typeof" in type) && !type.prototype?.isReactComponent) {
    return render(await (type as (p: Props) => unknown)(props), selected);
  }
  const name = typeof type === "function" ? type.name || "anonymous" : String(type);
  throw new Error(
    `renderToHtml renders host elements and function components only, not ${name} (a class, client component, context or Suspense?)`,
  );
}

async function host(tag: string, props: Props, selected: unknown): Promise<string> {
  if (!TAG.test(tag)) throw new Error(`Invalid tag: ${tag}`);
  if (UNSUPPORTED.has(tag))
    throw new Error(`renderToHtml does not render <${tag}>; render it with React instead`);
  if (typeof props.action === "function" || typeof props.formAction === "function") {
    throw new Error(`<${tag}> has a function as its action: a static page needs a URL (the embed's postTo)`);
  }
  const late = LATE[tag] ?? [];
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(name) || late.includes(name)) continue;
    if (tag === "select" && name === "value") continue;
    if (tag === "option" && name === "selected") continue;
    out += tag === "a" && name === "href" && value === "" ? ' href=""' : attribute(name, value);
  }
  for (const name of late) {
    if (name === "checked") out += attribute("checked", props.checked ?? props.defaultChecked, true);
    else if (name === "value") out += attribute("value", props.value ?? props.defaultValue);
    else out += attribute(name, props[name]);
  }
  if (tag === "option") {
    const own = props.value != null ? String(props.value) : optionText(props.children);
    const match = Array.isArray(selected)
      ? selected.some((v) => String(v) === own)
      : selected != null && String(selected) === own;
    if (selected != null ? match : props.selected) out += ' selected=""';
  }
  const { children, dangerouslySetInnerHTML: inner } = props as {
    children?: unknown;
    dangerouslySetInnerHTML?: { __html?: unknown };
  };
  if (VOID.has(tag)) {
    if (children != null || inner != null)
      throw new Error(`<${tag}> is a void element and takes no children`);
    return `${out}/>`;
  }
  if (inner != null && children != null)
    throw new Error(`<${tag}> has both children and dangerouslySetInnerHTML`);
  if (tag === "script" && typeof children === "string") {
    throw new Error("give a <script> its code with dangerouslySetInnerHTML, not as text children");
  }
  const within = tag === "select" ? (props.value ?? props.defaultValue) : selected;
  const content = inner != null ? String(inner.__html ?? "") : await render(children, within);
  return `${out}>${content}</${tag}>`;
}

/** ` name="value"` as React writes it, or "" when React leaves the attribute out. */
function attribute(name: string, value: unknown, boolean = BOOLEAN.has(name)): string {
  if (value == null || typeof value === "function" || typeof value === "symbol") return "";
  if (name === "style") return style(value);
  if (boolean) return value ? ` ${LOWERCASED.has(name) ? name.toLowerCase() : name}=""` : "";
  const alias = ALIASES[name] ?? name;
  if (name === "src" || name === "href" || name === "action" || name === "formAction") {
    if (typeof value === "boolean" || (value === "" && (name === "src" || name === "href"))) return "";
    const url = String(value);
    return ` ${name}="${escapeHtml(isJavaScriptUrl(url) ? BLOCKED_URL : url)}"`;
  }
  if (/^on./i.test(name) || !ATTRIBUTE.test(alias)) return "";
  if (typeof value === "boolean" && !BOOLEANISH.has(name) && !/^(data|aria)-/i.test(name)) return "";
  return ` ${alias}="${escapeHtml(value)}"`;
}

/** As browsers read it: leading control characters and spaces, tabs or newlines in the scheme ignored. */
function isJavaScriptUrl(url: string): boolean {
  let i = 0;
  while (i < url.length && url.charCodeAt(i) <= 0x20) i++;
  return /^javascript:/i.test(url.slice(i).replace(/[\t\n\r]/g, ""));
}

function style(value: unknown): string {
  if (typeof value !== "object") throw new Error("the style prop takes an object, not a string");
  const rules: string[] = [];
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    if (v == null || typeof v === "boolean" || v === "") continue;
    if (name.startsWith("--")) {
      rules.push(`${escapeHtml(name)}:${escapeHtml(String(v).trim())}`);
      continue;
    }
    const css = name
      .replace(/([A-Z])/g, "-$1")
      .toLowerCase()
      .replace(/^ms-/, "-ms-");
    const text = typeof v === "number" && v !== 0 && !UNITLESS.has(name) ? `${v}px` : String(v).trim();
    rules.push(`${escapeHtml(css)}:${escapeHtml(text)}`);
  }
  return rules.length ? ` style="${rules.join(";")}"` : "";
}

function optionText(children: unknown): string {
  const list = Array.isArray(children) ? children.flat(Number.POSITIVE_INFINITY) : [children];
  return list.filter((c) => c != null).join("");
}
