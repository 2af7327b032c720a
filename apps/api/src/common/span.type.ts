import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A sentence of an article body.", simpleResolvers: true })
export class Sentence {
  @Field(() => Int, { description: "Offset of the first character (UTF-16 code units)." })
  start!: number;

  @Field(() => Int, { description: "Offset just past the last character." })
  end!: number;

  @Field(() => String)
  text!: string;

  @Field(() => Int, { description: "0-based position of the sentence in the article." })
  index!: number;
}

@ObjectType({
  description: "A range of an article body `[start, end)` and the text found there: the evidence for a fact.",
  simpleResolvers: true,
})
export class Span {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String)
  text!: string;

  @Field(() => Sentence, { nullable: true, description: "The sentence holding the span's start." })
  sentence?: Sentence | null;
}

@ObjectType({ description: "A range of an article body with its text (a paragraph).", simpleResolvers: true })
export class TextRange {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String)
  text!: string;
}
