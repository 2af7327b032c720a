import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ArticleResolver } from "./article/article.resolver.js";
import { SpanResolver } from "./common/span.resolver.js";
import { EntityResolver } from "./entity/entity.resolver.js";
import { MentionResolver } from "./entity/mention.resolver.js";
import { RoleResolver } from "./entity/role.resolver.js";
import { EventResolver } from "./event/event.resolver.js";
import { ParticipantResolver } from "./event/participant.resolver.js";
import { IngestResolver } from "./ingest/ingest.resolver.js";
import { NodeResolver } from "./node/node.resolver.js";
import { AttemptResolver } from "./quiz/attempt.resolver.js";
import { QuizResolver } from "./quiz/quiz.resolver.js";
import { QuoteResolver } from "./quote/quote.resolver.js";
import { RelationResolver } from "./relation/relation.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorated classes. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      ArticleResolver,
      EntityResolver,
      RoleResolver,
      MentionResolver,
      QuoteResolver,
      EventResolver,
      ParticipantResolver,
      RelationResolver,
      SpanResolver,
      NodeResolver,
      SearchResolver,
      QuizResolver,
      AttemptResolver,
      IngestResolver,
    ],
    // Input bounds are checked in the services with sentences a person can act on.
    validate: false,
  });
  return built;
}
