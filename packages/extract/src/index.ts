export { type ExtractResult, extractArticle } from "./extract.js";
export { decodeArticleBytes, MAX_INPUT_BYTES } from "./input/decode.js";
export { ExtractInputError } from "./input/errors.js";
export type { ExtractOptions, RawInput } from "./types.js";
