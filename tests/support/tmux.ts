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
