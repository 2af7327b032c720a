"use client";

import { useEffect, useState } from "react";

/** Copies a textarea's code; shown only with JavaScript, where it can work (select-all works without). */
export function CopyButton({ target, label }: { target: string; label: string }) {
  const [ready, setReady] = useState(false);
  const [done, setDone] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  const copy = async () => {
    const el = document.getElementById(target) as HTMLTextAreaElement | null;
    if (!el) return;
    try {
      await navigator.clipboard.writeText(el.value);
    } catch {
      // Clipboard refused (insecure origin): select the text so the reader can copy it by hand.
      el.select();
    }
    setDone(true);
    setTimeout(() => setDone(false), 2000);
  };
  return (
    <button type="button" className="secondary" onClick={copy}>
      {done ? "Copied" : label}
    </button>
  );
}
