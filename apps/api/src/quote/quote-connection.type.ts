import { connectionOf } from "../pagination/connection.type.js";
import { Quote } from "./quote.type.js";

export const QuoteConnection = connectionOf("Quote", Quote);
