/**
 * Where the Lovense Connect app listens, as the user gives it (`--lovense-connect-address`). Kept
 * free of imports: `bpkit serve` checks its arguments without loading the hardware layer.
 */

/** Why Lovense Connect is off although asked for: no address given (said once at start-up). */
export const LOVENSE_CONNECT_NEEDS_ADDRESS =
  "--use-lovense-connect: give the Lovense Connect app's address with --lovense-connect-address <ip:port> " +
  "(the app shows it; e.g. 192.168.1.23:20010). bpkit does not look the app up through Lovense's online " +
  "service as Intiface does (nothing goes to the network but what you name); running without Lovense Connect";

/**
 * The base URL of the app at `address` (`ip:port`, `host:port`, or `http(s)://host:port`); throws an
 * Error saying what is wrong.
 */
export function lovenseConnectHost(address: string): string {
  const text = address.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new Error(`'${address}' is not an address (expected ip:port, e.g. 192.168.1.23:20010)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`'${address}': the app speaks http or https, not ${url.protocol.slice(0, -1)}`);
  if (url.port === "") throw new Error(`'${address}' has no port (expected ip:port, e.g. 192.168.1.23:20010)`);
  if (url.pathname !== "/" || url.search || url.hash || url.username)
    throw new Error(`'${address}': give the app's address alone (ip:port), without a path`);
  return `${url.protocol}//${url.host}`;
}
