/** Input that cannot become a draft; the message says what to fix. */
export class ExtractInputError extends Error {
  override readonly name = "ExtractInputError";
}
