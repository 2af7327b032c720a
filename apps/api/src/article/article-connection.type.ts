import { connectionOf } from "../pagination/connection.type.js";
import { Article } from "./article.type.js";

export const ArticleConnection = connectionOf("Article", Article);
