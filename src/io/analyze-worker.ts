/**
 * Worker thread for cold runs on large projects: analyses a share of the
 * version files on the second core while the main thread does the rest.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFiles } from './analyze-files.js';

const { files } = workerData as { files: string[] };
analyzeFiles(files).then(
  (migrations) => parentPort!.postMessage({ ok: true, migrations }),
  (error: Error) => parentPort!.postMessage({ ok: false, error: error.message }),
);
