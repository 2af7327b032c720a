import { type ASTVisitor, GraphQLError, type ValidationContext } from "graphql";

/** Rejects documents with more than `maxAliases` aliased fields (aliases multiply the work of one field). */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias) count += 1;
      },
      Document: {
        leave(node) {
          if (count > maxAliases) {
            context.reportError(
              new GraphQLError(
                `The query uses ${count} aliases; the limit (MAX_ALIASES) is ${maxAliases}. Use fewer aliases or several requests.`,
                { nodes: [node], extensions: { limit: "MAX_ALIASES", value: count, max: maxAliases } },
              ),
            );
          }
        },
      },
    };
  };
}
