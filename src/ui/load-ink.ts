/**
 * Loads Ink for an interactive command. Ink decides once, when it is first
 * imported, whether it runs "in CI" (CI=1), and then draws only the last frame.
 * These commands run only on a terminal (they refuse a non-TTY stdin first), so a
 * CI variable left in the user's shell must not blank the screen.
 */
export async function loadInk(): Promise<typeof import('ink')> {
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) {
    if (process.env[name] !== undefined) process.env[name] = 'false';
  }
  // React's build is chosen when Preflight is bundled (scripts/build.mjs: the production one).
  return import('ink');
}
