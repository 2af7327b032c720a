import type { ArticleQuery } from "../../gql/graphql";

/** The article as the reader query returns it. */
export type ReaderArticle = NonNullable<ArticleQuery["article"]>;
export type ReaderEntity = ReaderArticle["entities"][number];
export type ReaderEvent = ReaderArticle["events"][number];
