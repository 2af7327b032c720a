import type { Metadata } from "next";
import { ApiDown } from "../../../components/api-down";

export const metadata: Metadata = { title: "The quiz API is down" };

/** Where a form post lands when the API did not answer (pages render ApiDown in place instead). */
export default function ApiDownPage() {
  return (
    <ApiDown detail="The last step could not reach it; your answers are still in the address you came from." />
  );
}
