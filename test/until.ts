/**
 * The suite's one polling wait: look at `check` every 5 ms until it holds; fail naming `what` after
 * `timeoutMs`. The bound is generous (CI machines are busy) and only a safety net, unless a test
 * passes its own safety deadline ("stopped within 1 s"): `until(check, 1000)` or
 * `until(check, "the toy stopped", 1000)`.
 */
export async function until(check: () => boolean, timeoutMs?: number): Promise<void>;
export async function until(check: () => boolean, what?: string, timeoutMs?: number): Promise<void>;
export async function until(check: () => boolean, whatOrTimeout?: string | number, timeoutMs = 10_000): Promise<void> {
  const what = typeof whatOrTimeout === "string" ? whatOrTimeout : "a condition";
  const bound = typeof whatOrTimeout === "number" ? whatOrTimeout : timeoutMs;
  const deadline = Date.now() + bound;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${bound} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
