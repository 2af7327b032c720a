import { WIDGET_JS, WIDGET_JS_ETAG } from "../../generated/widget-assets";
import { scriptResponse } from "../../lib/script-response";

/** The embed loader (@quizwire/widget's dist/browser/widget.js) that publishers include. */
export function GET(request: Request): Response {
  return scriptResponse(request, WIDGET_JS, WIDGET_JS_ETAG);
}
