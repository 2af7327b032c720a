import { Field, InputType } from "type-graphql";

@InputType({
  description:
    "An article's text to draft and store; the optional fields win over what the text says. HTML is stripped to text (with a warning); at most 1 MB of text, within the server's MAX_BODY_BYTES.",
})
export class IngestArticleInput {
  @Field(() => String, { description: "Title line, blank line, then paragraphs separated by blank lines." })
  text!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  byline?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true })
  dateline?: string | null;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Draft and report without storing." })
  dryRun?: boolean | null;
}
