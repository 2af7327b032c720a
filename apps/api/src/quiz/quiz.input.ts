import { Field, InputType, Int } from "type-graphql";
import { Difficulty, QuestionType, Skill } from "./quiz-enums.js";

@InputType({ description: "What quiz to make." })
export class CreateQuizInput {
  @Field(() => String)
  articleSlug!: string;

  @Field(() => Int, { defaultValue: 5, description: "1 to what the article supports (at most 50)." })
  questionCount!: number;

  @Field(() => [QuestionType], { nullable: true, description: "Only these types; default all." })
  types?: (keyof typeof QuestionType)[] | null;

  @Field(() => Difficulty, { nullable: true, description: "Default MIXED." })
  difficulty?: Difficulty | null;

  @Field(() => [Skill], { nullable: true, description: "Only questions testing these skills; default all." })
  skills?: Skill[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Default: a random seed (returned on the quiz), so a new quiz. With a seed, the same inputs on the same article content return the one stored quiz.",
  })
  seed?: number | null;
}
