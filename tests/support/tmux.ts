import { execFileSync } from 'node:child_process';

/** tmux is installed (the terminal tests skip, with the reason in their name, where it is not). */
export function tmuxAvailable(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

export type ScreenCheck = string | RegExp | ((screen: string) => boolean);

/**
 * Polls `capture` until `check` holds and returns that screen. With `settled` (the default) the screen
 * must also read the same on the next capture: tmux can show a frame half drawn, and a test that reads
 * the rest of the frame after matching its first line would fail by timing. A screen that keeps
 * changing (a spinner) needs `settled: false`. Fails, naming `what`, with the last screen after `timeoutMs`.
 */
export async function waitForScreen(
  capture: () => string,
  check: ScreenCheck,
  { timeoutMs = 15_000, settled = true, what = String(check) }: { timeoutMs?: number; settled?: boolean; what?: string } = {},
): Promise<string> {
  const test = typeof check === 'function' ? check : typeof check === 'string' ? (s: string) => s.includes(check) : (s: string) => check.test(s);
  const deadline = Date.now() + timeoutMs;
  let previous: string | undefined;
  for (;;) {
    const screen = capture();
    if (test(screen) && (!settled || screen === previous)) return screen;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
    previous = screen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
