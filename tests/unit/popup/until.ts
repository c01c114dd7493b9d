/** Poll `probe` every 10 ms until it gives something truthy, and give that; fail after `timeout` ms. */
export async function until<T>(probe: () => T | undefined | null | false, timeout = 3_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
