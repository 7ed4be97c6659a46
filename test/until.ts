/**
 * The suite's one polling wait: look at `check` every 5 ms until it holds; fail naming `what` after
 * `timeoutMs`. The bound is generous (CI machines are busy) and only a safety net: no test measures it.
 */
export async function until(check: () => boolean, what = "a condition", timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
