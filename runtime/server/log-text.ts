/** Making client-supplied text safe to put in a log line (shared with the hardware layer). */
export { logSafe } from "../log";
