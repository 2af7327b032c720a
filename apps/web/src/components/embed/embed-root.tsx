import type { CSSProperties, ReactNode } from "react";
import type { EmbedSettings } from "../../lib/embed-settings";

/**
 * The frame's only landmark and the element frame.js measures. The theme is a data attribute the
 * stylesheet maps to colours; the accent was validated as a hex colour, so it is safe in a style.
 */
export function EmbedRoot({ settings, children }: { settings: EmbedSettings; children: ReactNode }) {
  const style = settings.accent ? ({ "--accent": settings.accent } as CSSProperties) : undefined;
  return (
    <main className="embed" data-quizwire-root="" data-theme={settings.theme} style={style}>
      {children}
    </main>
  );
}
