import { type ASTVisitor, GraphQLError, type ValidationContext } from "graphql";

/** Rejects documents longer than `maxBytes` bytes of UTF-8 (also checked before parsing over HTTP). */
export function documentSizeRule(maxBytes: number) {
  return (context: ValidationContext): ASTVisitor => {
    const body = context.getDocument().loc?.source.body ?? "";
    const bytes = Buffer.byteLength(body, "utf8");
    if (bytes > maxBytes) {
      context.reportError(documentTooLarge(bytes, maxBytes));
    }
    return {};
  };
}

export function documentTooLarge(bytes: number, maxBytes: number): GraphQLError {
  return new GraphQLError(
    `The query document is ${bytes} bytes; the limit (MAX_DOCUMENT_BYTES) is ${maxBytes}. Send a shorter query or use a persisted query.`,
    {
      extensions: {
        code: "GRAPHQL_VALIDATION_FAILED",
        limit: "MAX_DOCUMENT_BYTES",
        value: bytes,
        max: maxBytes,
      },
    },
  );
}
