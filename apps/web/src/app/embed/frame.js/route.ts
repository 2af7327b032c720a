import { FRAME_JS, FRAME_JS_ETAG } from "../../../generated/widget-assets";
import { scriptResponse } from "../../../lib/script-response";

/** The frame side of the protocol (@quizwire/widget's dist/browser/frame.js), for embed pages. */
export function GET(request: Request): Response {
  return scriptResponse(request, FRAME_JS, FRAME_JS_ETAG);
}
