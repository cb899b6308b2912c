/** Atomic file writes: a temp file in the same folder, fsync, then rename over the target. */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../core/errors.js';

export interface AtomicWriteOptions {
  /** Refuse to replace an existing file. */
  noOverwrite?: boolean;
  /**
   * fsync before the rename (default). Caches turn it off: a cache lost in a crash is rebuilt,
   * and on a 2,000-migration project the flush of a 3 MB cache costs more than the write.
   */
  durable?: boolean;
}

export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  if (options.noOverwrite && existsSync(path)) throw new UserError(`${path} already exists; not overwriting it`);
  mkdirSync(dirname(path), { recursive: true });
  // Opened with 'wx', so a clashing name fails instead of sharing a file; no need for node:crypto here.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    if (options.durable !== false) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.noOverwrite && existsSync(path)) throw new UserError(`${path} already exists; not overwriting it`);
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}
