import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "./page-info.type.js";

/** A Relay connection's value: what `connectionOf` resolvers return. */
export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionOf<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: "Pass as `after` to get the items after this one." })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection implements ConnectionValue<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Items matching the filters, ignoring first and after." })
    totalCount!: number;
  }
  return Connection;
}
