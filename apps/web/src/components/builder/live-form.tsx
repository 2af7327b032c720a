"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useRef } from "react";

/**
 * The builder's GET form. Without JavaScript it submits with its button; with it, every change
 * re-renders the page (preview and codes) in place.
 */
export function LiveForm({ children }: { children: ReactNode }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const update = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const query = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (typeof v === "string") query.append(k, v);
      router.replace(`/embed?${query}`, { scroll: false });
    }, 250);
  };
  return (
    <form method="get" action="/embed" onChange={(e) => update(e.currentTarget)}>
      {children}
    </form>
  );
}
