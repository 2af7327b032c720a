// dist/frame.js: a script tag for embed pages; exposes the bridge as window.quizwireFrame.
import { startFrame } from "./frame.js";

const root = document.querySelector("[data-quizwire-root]") ?? document.body;
(window as Window & { quizwireFrame?: ReturnType<typeof startFrame> }).quizwireFrame = startFrame(root);
