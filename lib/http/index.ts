// The public surface of lib/http beyond its single-purpose files (csp.ts, origin.ts, …): what a
// render does for the server process as a whole.
export { releaseFinishedRender } from "./internal/render-leak";
