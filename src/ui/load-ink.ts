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
  // React picks its build when it is first required: without NODE_ENV it is the development build, which
  // loads and renders several times slower (and checks nothing a user could act on). Put back afterwards,
  // so no subprocess (Alembic, git) inherits it.
  const unset = process.env['NODE_ENV'] === undefined;
  if (unset) process.env['NODE_ENV'] = 'production';
  try {
    return await import('ink');
  } finally {
    if (unset) delete process.env['NODE_ENV'];
  }
}
