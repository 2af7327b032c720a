/**
 * The frame side of the protocol, for the embed page: reports the content's height to the host and
 * posts quiz events. Messages go only to the host's origin, never to "*".
 */
import type { FrameMessage } from "./protocol.js";

type Payload<T extends FrameMessage["type"]> = Omit<Extract<FrameMessage, { type: T }>, "quizwire" | "type">;

export interface FrameBridge {
  /** The origin messages are sent to, or null when the frame is not embedded (nothing is sent). */
  hostOrigin: string | null;
  post<T extends FrameMessage["type"]>(type: T, payload: Payload<T>): void;
  stop(): void;
}

/** The host's origin: the `host` query parameter when it is an origin the browser agrees with, else the ancestor's. */
export function findHostOrigin(win: Window = window): string | null {
  if (win.parent === win) return null;
  const ancestors = win.location.ancestorOrigins;
  const actual = ancestors?.length ? ancestors[0]! : referrerOrigin(win.document.referrer);
  const declared = new URL(win.location.href).searchParams.get("host");
  if (declared && (!actual || declared === actual)) return declared;
  return actual;
}

function referrerOrigin(referrer: string): string | null {
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

/** Starts measuring `root` (default: the body) and returns a bridge for quiz events. */
export function startFrame(root: Element = document.body, win: Window = window): FrameBridge {
  const hostOrigin = findHostOrigin(win);
  const post: FrameBridge["post"] = (type, payload) => {
    if (hostOrigin) win.parent.postMessage({ quizwire: 1, type, ...payload }, hostOrigin);
  };
  let last = -1;
  const measure = () => {
    const style = win.getComputedStyle(root);
    const height = Math.ceil(
      root.getBoundingClientRect().height +
        Number.parseFloat(style.marginTop) +
        Number.parseFloat(style.marginBottom),
    );
    if (height !== last) {
      last = height;
      post("resize", { height });
    }
  };
  const observer = new ResizeObserver(measure);
  observer.observe(root);
  measure();
  return { hostOrigin, post, stop: () => observer.disconnect() };
}
