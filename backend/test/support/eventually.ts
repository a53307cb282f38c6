/**
 * Asks `check` until it holds or `timeoutMs` passed; tells whether it held. For effects that
 * arrive a moment after the commit (notifications, background jobs).
 */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 3_000,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
