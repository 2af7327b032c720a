import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../node/node.interface.js";

export enum SearchKind {
  ENTITY = "ENTITY",
  QUOTE = "QUOTE",
  EVENT = "EVENT",
}
registerEnumType(SearchKind, { name: "SearchKind", description: "What a search result is." });

export enum EntityMatch {
  EXACT = "EXACT",
  PREFIX = "PREFIX",
  ALIAS = "ALIAS",
  SUBSTRING = "SUBSTRING",
}
registerEnumType(EntityMatch, { name: "EntityMatch", description: "How an entity matched the query." });

@ObjectType({ description: "One hit of `search`, best first.", simpleResolvers: true })
export class SearchResult {
  @Field(() => Float, {
    description: "1 is best: exact name, then prefix, alias, substring; quotes and events after.",
  })
  score!: number;

  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => EntityMatch, { nullable: true, description: "For entities: how the name or alias matched." })
  match!: EntityMatch | null;

  @Field(() => Node, { description: "An Entity, Quote or Event." })
  node!: Node;
}
