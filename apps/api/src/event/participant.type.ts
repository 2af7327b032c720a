import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Who took part in an event and how.", simpleResolvers: true })
export class Participant {
  @Field(() => String, { description: 'In plain words: "delegation lead", "host", "interviewer".' })
  role!: string;
}
