#!/usr/bin/env node
// CommonJS on purpose (bin/package.json): an unchanged project's `check` is answered from its last
// report before Node's ES-module loader and the tool itself load (src/cli/replay.ts); only when
// that is not possible does the tool's ES-module bundle load.
'use strict';

let replayed;
try {
  replayed = require('../dist/bundle/replay.cjs').replayCheckFromCommandLine({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
  });
} catch {
  // A replay that cannot even start (an unreadable cache, a damaged build) is a miss: run the tool.
  replayed = undefined;
}

if (replayed !== undefined) {
  process.exitCode = replayed;
} else {
  import('../dist/bundle/main.js')
    .then(({ main }) => main(process.argv.slice(2)))
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
