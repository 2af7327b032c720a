export { type FrameBridge, findHostOrigin, startFrame } from "./frame.js";
export * from "./protocol.js";
export { MAX_HEIGHT, MIN_HEIGHT, nextHeight } from "./sizing.js";
