import type { IncomingMessage } from "node:http";

/** A request failure answered before GraphQL runs: status and a sentence. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = "BAD_REQUEST",
  ) {
    super(message);
  }
}

/** Reads the whole body as UTF-8, refusing more than `maxBytes` (413) without buffering the rest. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBytes) throw tooLarge(declared, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const tooLarge = (size: number, max: number) =>
  new HttpError(
    413,
    `The request body is ${size} bytes or more; the limit (MAX_BODY_BYTES) is ${max}. Send a shorter query or use a persisted query.`,
    "PAYLOAD_TOO_LARGE",
  );

const JSON_TYPES = new Set(["application/json", "application/graphql-response+json"]);

/** Parses a POST body as JSON, with 415 for another content type and 400 for malformed JSON. */
export function parseJsonBody(contentType: string | undefined, text: string): unknown {
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  if (!essence || !JSON_TYPES.has(essence)) {
    throw new HttpError(
      415,
      `POST /graphql takes a JSON body: set the header Content-Type: application/json (got ${essence ? `"${essence}"` : "none"}).`,
      "UNSUPPORTED_MEDIA_TYPE",
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(
      400,
      `The request body is not valid JSON (${(error as Error).message}). Send {"query": "…"}.`,
    );
  }
}
