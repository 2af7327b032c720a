/** Bad input to the store (an invalid cursor, a negative page size, a slug taken by another article): the message says what to fix. */
export class StoreInputError extends Error {
  override name = "StoreInputError";
}
