/** Atomic file writes: a temp file in the same folder, fsync, then rename over the target. */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../model/errors.js';

export interface AtomicWriteOptions {
  /** Refuse to replace an existing file. */
  noOverwrite?: boolean;
  /**
   * fsync before the rename (default). Caches turn it off: a cache lost in a crash is rebuilt,
   * and on a 2,000-migration project the flush of a 3 MB cache costs more than the write.
   */
  durable?: boolean;
}

/**
 * `data` may be a sequence of string pieces, written as they come (in batches), so a large file
 * (the facts cache) never exists as one string in memory.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>, options: AtomicWriteOptions = {}): void {
  if (options.noOverwrite && existsSync(path)) throw new UserError(`${path} already exists; not overwriting it`);
  mkdirSync(dirname(path), { recursive: true });
  // Opened with 'wx', so a clashing name fails instead of sharing a file; no need for node:crypto here.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    if (typeof data === 'string') writeSync(fd, Buffer.from(data, 'utf8'));
    else if (data instanceof Uint8Array) writeSync(fd, data);
    else writePieces(fd, data);
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

const BATCH_CHARS = 1 << 18;

function writePieces(fd: number, pieces: Iterable<string>): void {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= BATCH_CHARS) {
      writeSync(fd, Buffer.from(batch.join(''), 'utf8'));
      batch = [];
      length = 0;
    }
  }
  if (length > 0) writeSync(fd, Buffer.from(batch.join(''), 'utf8'));
}
