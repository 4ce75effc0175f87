/**
 * The one Content-Security-Policy. The app:// protocol sends it as a response header and the
 * renderer's index.html repeats it in a meta tag (a test keeps the two identical), so the policy
 * holds even if one of the two is lost. `connect-src 'none'` is the first line of the no-network
 * promise: fetch, XHR, WebSocket and EventSource cannot leave the page.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
