import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface.js";
import { Difficulty, QuestionType, Skill } from "./quiz-enums.js";

@ObjectType({ description: "An option of a question, identified by an opaque id.", simpleResolvers: true })
export class Choice {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  label!: string;
}

@ObjectType({ description: "MATCHING: pair each left item with one right option.", simpleResolvers: true })
export class MatchingItems {
  @Field(() => [Choice])
  left!: Choice[];

  @Field(() => [Choice])
  right!: Choice[];
}

@ObjectType({
  description: "A question as a player sees it: nothing here tells which choice is right.",
  simpleResolvers: true,
})
export class Question {
  @Field(() => String, { description: "q1, q2, … in quiz order." })
  id!: string;

  @Field(() => QuestionType)
  type!: keyof typeof QuestionType;

  @Field(() => String)
  prompt!: string;

  @Field(() => Skill)
  skill!: Skill;

  @Field(() => Difficulty)
  difficulty!: Difficulty;

  @Field(() => [Choice], { description: "ORDERING: shuffled; MATCHING: the right-hand options." })
  choices!: Choice[];

  @Field(() => MatchingItems, { nullable: true, description: "MATCHING only." })
  items!: MatchingItems | null;
}

@ObjectType({
  implements: Node,
  description: "A quiz made from an article, stored so attempts can be graded.",
  simpleResolvers: true,
})
export class Quiz extends Node {
  @Field(() => String, { description: "The quiz's own id (a UUID)." })
  key!: string;

  @Field(() => Int, {
    description: "The seed it was made with: same article, seed and options give the same quiz.",
  })
  seed!: number;

  @Field(() => [Question])
  questions!: Question[];

  @Field(() => Date)
  createdAt!: Date;
}
