import type { CSSProperties, ReactNode } from "react";
import type { EmbedSettings } from "../../lib/embed-settings";

/**
 * The frame's only landmark and the element frame.js measures. The theme is a data attribute the
 * stylesheet maps to colours; the accent was validated as a hex colour, so it is safe in a style.
 */
export function EmbedRoot({ settings, children }: { settings: EmbedSettings; children: ReactNode }) {
  const style = settings.accent
    ? ({ "--accent": settings.accent, "--accent-fg": textOn(settings.accent) } as CSSProperties)
    : undefined;
  return (
    <main className="embed" data-quizwire-root="" data-theme={settings.theme} style={style}>
      {children}
    </main>
  );
}

/** Black or white, whichever reads better on the hex colour `bg` (WCAG relative luminance). */
export function textOn(bg: string): string {
  const hex = bg.length === 4 ? [...bg.slice(1)].map((c) => c + c).join("") : bg.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // White gives (1.05)/(L+0.05), black (L+0.05)/0.05; pick the larger contrast.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? "#ffffff" : "#000000";
}
