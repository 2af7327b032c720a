import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true })
export class QuestionStats {
  @Field(() => String)
  questionId!: string;

  @Field(() => Float, { description: "Share of attempts that got the question fully right." })
  shareCorrect!: number;

  @Field(() => Float, { description: "Mean credit, partial credit included." })
  meanCredit!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Point-biserial correlation between getting it right and the score on the other questions (-1..1); null until both vary.",
  })
  discrimination!: number | null;
}

@ObjectType({
  description: "How many attempts scored a given whole number of points.",
  simpleResolvers: true,
})
export class ScoreBucket {
  @Field(() => Int, { description: "Score rounded to the nearest whole point." })
  score!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "How many attempts came from one origin.", simpleResolvers: true })
export class OriginCount {
  @Field(() => String, {
    nullable: true,
    description:
      "The origin (scheme://host[:port]) of the page that embedded the quiz; null when none was recorded: taken on Quizwire itself, or sent by a client without an Origin.",
  })
  origin!: string | null;

  @Field(() => Int)
  attempts!: number;
}

@ObjectType({ description: "How players did on a quiz.", simpleResolvers: true })
export class QuizStats {
  /** The quiz's key, for field resolvers (not a GraphQL field). */
  quizKey!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Float, { description: "Mean score (sum of credits) per attempt." })
  meanScore!: number;

  @Field(() => [QuestionStats])
  questions!: QuestionStats[];

  @Field(() => [ScoreBucket], {
    description: "Attempts per score from 0 to the question count, zero counts included.",
  })
  distribution!: ScoreBucket[];

  @Field(() => [OriginCount], {
    description:
      "Where the quiz was taken: attempts per embedding origin, most first, then by origin. Counts every attempt: the origin filter does not apply, so a client can offer the other origins.",
  })
  /** Left out by the service: AttemptResolver.origins counts them only when asked. */
  origins?: OriginCount[];
}
