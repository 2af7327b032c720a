import type { LinkedMention } from "../entities/build.js";

/** How words reached the public, with the outlet or platform when named. */
export interface Channel {
  channel: string;
  channelEntityId?: string;
}

/**
 * Reads the channel from the words around a statement: "in an interview with Fox News",
 * "told GB News", "in a post on X", "told reporters".
 */
export function findChannel(
  body: string,
  from: number,
  to: number,
  mentions: LinkedMention[],
): Channel | undefined {
  const text = body.slice(from, to);
  const outlet = (kind: string[], after: number) =>
    mentions.find(
      (m) =>
        m.start >= from + after && m.start < to && m.start - (from + after) < 30 && kind.includes(m.kind),
    );
  let m = /\binterview (?:with|on|to)\s+/i.exec(text);
  if (m) {
    const o = outlet(["MEDIA_OUTLET", "ORGANIZATION"], m.index);
    return o
      ? { channel: `interview with ${o.text}`, channelEntityId: o.entityId }
      : { channel: "interview" };
  }
  m =
    /\b(?:post(?:ed)?|wrote|writing|tweet(?:ed)?|said|pointed out|statement)\s+(?:\w+\s+)?on\s+/i.exec(
      text,
    ) ?? /\bon\s+(?=\S)/.exec(text);
  if (m) {
    const o = outlet(["PLATFORM"], m.index);
    if (o) return { channel: `post on ${o.text}`, channelEntityId: o.entityId };
  }
  m = /\b(?:told|tells|tell|informed)\s+/i.exec(text);
  if (m) {
    const o = outlet(["MEDIA_OUTLET"], m.index);
    if (o) return { channel: `to ${o.text}`, channelEntityId: o.entityId };
    if (
      /^(?:told|tells|tell|informed)\s+(?:the\s+)?(?:reporters|journalists|the press|the media)/i.test(
        text.slice(m.index),
      )
    )
      return { channel: "to reporters" };
  }
  if (/\b(?:press conference|news conference)\b/i.test(text)) return { channel: "press conference" };
  if (/\bstatement\b/i.test(text)) return { channel: "statement" };
  return undefined;
}
