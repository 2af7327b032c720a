import { Field, ID, InterfaceType } from "type-graphql";

/** What every node value carries so that `Node` and unions can tell their concrete type. */
export interface Typed {
  __typename: string;
}

@InterfaceType("Node", {
  description: "An object with a global id, fetchable with `node(id:)`.",
  resolveType: (value: Typed) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id: base64 of "Type:key".' })
  id!: string;
}
