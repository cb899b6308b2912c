/**
 * What a run read from disk, so that a later run can tell with a few `stat` calls whether it
 * would read exactly the same: files (size, mtime, ctime, inode), folders (their listing) and
 * paths that were looked for and absent. This is what lets `check` replay its last report.
 *
 * A file written within the last seconds before it was recorded can change again inside the
 * file system's timestamp granularity without its stat changing (git calls such index entries
 * "racy"), so those inputs are also pinned by a hash of what was read and compared by content.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';

export type RecordedInput =
  | { kind: 'file'; path: string; stat: string; sha256?: string }
  | { kind: 'dir'; path: string; stat: string; listing?: string }
  | { kind: 'absent'; path: string };

/** Inputs changed less than this long (ms) before they were recorded are compared by content. */
const RACY_WINDOW_MS = 2000;

export class InputLog {
  private readonly inputs = new Map<string, RecordedInput>();
  private readonly racyWindowMs: number;

  constructor(options: { racyWindowMs?: number } = {}) {
    this.racyWindowMs = options.racyWindowMs ?? RACY_WINDOW_MS;
  }

  /**
   * A file whose bytes the run used; `sha256` of those bytes when the caller already has it, and
   * the stats taken when it was opened (readWithStats) to save a second stat.
   */
  file(path: string, bytes: string | Uint8Array, sha256?: string, opened?: Stats): void {
    if (this.inputs.has(path)) return;
    const stats = opened ?? statSync(path, { throwIfNoEntry: false });
    if (!stats) return this.absent(path);
    const input: RecordedInput = { kind: 'file', path, stat: signature(stats) };
    if (isRacy(stats, this.racyWindowMs)) input.sha256 = sha256 ?? hash(bytes);
    this.inputs.set(path, input);
  }

  /** A folder whose entries the run listed. */
  directory(path: string, names: readonly string[]): void {
    if (this.inputs.has(path)) return;
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) return this.absent(path);
    const input: RecordedInput = { kind: 'dir', path, stat: signature(stats) };
    if (isRacy(stats, this.racyWindowMs)) input.listing = listingHash(names);
    this.inputs.set(path, input);
  }

  /** A path the run looked for and did not find (a config file that, once created, changes the result). */
  absent(path: string): void {
    if (!this.inputs.has(path)) this.inputs.set(path, { kind: 'absent', path });
  }

  entries(): RecordedInput[] {
    return [...this.inputs.values()];
  }
}

/**
 * readFileSync that also returns the file's stats, from the same open file (the syscalls
 * readFileSync makes anyway). Stats taken before the read are safe to record: a change after
 * them moves ctime, so the next run sees a different stat, or, within the racy window, a
 * different content hash.
 */
export function readWithStats(path: string): { bytes: Buffer; stats: Stats } {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    // A file that shrank while being read: keep what is there.
    return { bytes: read === bytes.length ? bytes : bytes.subarray(0, read), stats };
  } finally {
    closeSync(fd);
  }
}

/** True when every recorded input is still as it was when recorded. */
export function inputsUnchanged(inputs: readonly RecordedInput[]): boolean {
  for (const input of inputs) {
    if (input.kind === 'absent') {
      if (existsSync(input.path)) return false;
      continue;
    }
    const stats = statSync(input.path, { throwIfNoEntry: false });
    if (!stats || signature(stats) !== input.stat) return false;
    try {
      if (input.kind === 'file' && input.sha256 !== undefined && hash(readFileSync(input.path)) !== input.sha256) return false;
      if (input.kind === 'dir' && input.listing !== undefined && listingHash(readdirSync(input.path)) !== input.listing) return false;
    } catch {
      return false;
    }
  }
  return true;
}

// Number stats, not bigint: their mtimeMs/ctimeMs keep sub-microsecond precision, and the
// replay of a 2,000-file project stats every file (bigint stats build Date objects eagerly).
function signature(stats: Stats): string {
  return `${stats.isDirectory() ? 'd' : 'f'}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

function isRacy(stats: Stats, windowMs: number): boolean {
  const now = Date.now();
  // A timestamp in the future (clock skew, `touch -d`) is racy too: the difference is negative.
  return now - stats.mtimeMs < windowMs || now - stats.ctimeMs < windowMs;
}

type CreateHash = typeof import('node:crypto').createHash;
let createHash: CreateHash | undefined;

function hash(bytes: string | Uint8Array): string {
  // node:crypto is loaded only when a racy input needs it: a replay without any stays a few stat calls.
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash('sha256').update(bytes).digest('hex');
}

function listingHash(names: readonly string[]): string {
  return hash([...names].sort().join('\0'));
}
