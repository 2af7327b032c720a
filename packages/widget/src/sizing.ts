/** Bounds for a frame's height, in CSS pixels. */
export const MIN_HEIGHT = 40;
export const MAX_HEIGHT = 8000;
/** Growth steps in a row, each within GROWTH_WINDOW_MS of the last, after which the height is frozen. */
export const RUNAWAY_STEPS = 8;
export const GROWTH_WINDOW_MS = 1500;

export interface SizerState {
  height: number;
  streak: number;
  last: number;
  frozen: boolean;
}

export const initialSizer = (height: number): SizerState => ({ height, streak: 0, last: 0, frozen: false });

/**
 * The next iframe height for a reported content height. Clamps to [MIN_HEIGHT, MAX_HEIGHT] and
 * freezes when the content keeps growing right after every resize (content sized by 100vh, or a
 * page whose height depends on the frame's): a runaway loop that would otherwise never settle.
 */
export function nextHeight(s: SizerState, reported: number, now: number): SizerState {
  if (s.frozen) return s;
  const h = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(reported)));
  const growing = h > s.height && now - s.last < GROWTH_WINDOW_MS;
  const streak = growing ? s.streak + 1 : 0;
  if (streak >= RUNAWAY_STEPS) return { ...s, frozen: true };
  return { height: h, streak, last: now, frozen: false };
}
