#!/usr/bin/env node
import { main } from '../dist/bundle/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Only internal bugs reach this point; user errors are reported by main() itself.
    console.error(`preflight: internal error: ${error && error.stack ? error.stack : error}`);
    process.exitCode = 3;
  },
);
