// Bundles the browser files: dist/widget.js (the loader, served at /widget.js) and dist/frame.js
// (the frame side, included by the embed page). Types for the package entry come from tsc.
import { build } from "esbuild";

const common = { bundle: true, minify: true, target: ["es2020"], format: "iife", legalComments: "none" };
await build({ ...common, entryPoints: ["src/loader.ts"], outfile: "dist/browser/widget.js" });
await build({ ...common, entryPoints: ["src/frame-entry.ts"], outfile: "dist/browser/frame.js" });
