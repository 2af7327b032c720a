export { type Corrections, mergeCorrections } from "./corrections/merge.js";
export { compareDraft } from "./eval/compare.js";
export { type ExtractResult, extractArticle } from "./extract.js";
export { type IngestFileOptions, type IngestFileResult, ingestFile } from "./ingest-file.js";
export { decodeArticleBytes, MAX_INPUT_BYTES } from "./input/decode.js";
export { ExtractInputError } from "./input/errors.js";
export { parseArticleText } from "./input/text-file.js";
export { contractJson, countsLine } from "./summary.js";
export type { ExtractOptions, RawInput } from "./types.js";
