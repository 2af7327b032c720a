import "server-only";
import { notFound } from "next/navigation";
import { ApiDownError, isNotFound } from "./api-error";

/** A page's data, or the reason the API could not give it. */
export type Loaded<T> = { ok: true; data: T } | { ok: false; down: string };

/**
 * Runs a page's API call: a down API becomes a value the page renders as ApiDown, a NOT_FOUND
 * error becomes the 404 page, anything else propagates to the error boundary.
 */
export async function load<T>(fn: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof ApiDownError) return { ok: false, down: error.message };
    if (isNotFound(error)) notFound();
    throw error;
  }
}
