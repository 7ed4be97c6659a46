/** Making client-supplied text safe to put in a log line. */

// C0 controls, DEL, C1 controls (U+009B is a one-byte CSI on some terminals), line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * `text` with every control character written as an escape (\n, \r, \t, \u001b…), so a client
 * cannot forge log lines or drive the terminal with what it sends (ClientName, message names, frames).
 */
export function logSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
