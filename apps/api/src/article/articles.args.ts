import { ArgsType } from "type-graphql";
import { PagingArgs } from "../pagination/paging.args.js";

@ArgsType()
export class ArticlesArgs extends PagingArgs {}
