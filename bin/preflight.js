#!/usr/bin/env node
// CommonJS on purpose (bin/package.json): dist/bundle/launch.cjs (src/cli/launch.ts) decides which of the
// tool's bundles runs. An unchanged project's `check` is answered from its last report before Node's
// ES-module loader and the tool itself load; any other check runs from dist/bundle/check.cjs, compiled
// from its V8 code cache; every other command from the ES-module bundle.
'use strict';

const argv = process.argv.slice(2);
let launcher;
let launch;
try {
  launcher = require('../dist/bundle/launch.cjs');
  launch = launcher.launchFromCommandLine({ argv, cwd: process.cwd(), env: process.env });
} catch {
  // A launch that cannot even start (an unreadable cache, a damaged build): the ES-module bundle runs it all.
  launch = { bundle: 'main' };
}

if (launch.replayed !== undefined) {
  process.exitCode = launch.replayed;
} else {
  const run = () => {
    const check = launch.bundle === 'check' ? launcher.runCheckBundle(require('node:path').join(__dirname, '..', 'dist', 'bundle'), argv) : undefined;
    return check ?? import('../dist/bundle/main.js').then(({ main }) => main(argv));
  };
  Promise.resolve()
    .then(run)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error) => {
        // Only internal bugs reach this point; user errors are reported by main() itself.
        console.error(`preflight: internal error: ${error && error.stack ? error.stack : error}`);
        process.exitCode = 3;
      },
    );
}
