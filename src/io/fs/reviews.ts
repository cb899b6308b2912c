/** Where review records live and how they are written: record and signature together, under a lock. */
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { readRegularFile } from './read-text.js';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { EffectiveConfig } from '../../config/schema.js';
import { UserError } from '../../model/errors.js';
import type { AlembicProject } from '../../model/project.js';
import { assertSafeRevisionId, RevisionIdError } from '../../review/record/schema.js';
import { writeFileAtomic } from './atomic-write.js';

export function reviewsDirectory(project: AlembicProject, config: EffectiveConfig): string {
  return config.reviewsDir ? resolve(config.baseDir, config.reviewsDir) : join(project.scriptLocation, 'reviews');
}

/** `<reviews>/<revision>.json`, after checking the revision is a safe file name. */
export function recordPath(reviewsDir: string, revision: string): string {
  try {
    assertSafeRevisionId(revision);
  } catch (error) {
    if (error instanceof RevisionIdError) throw new UserError(error.message);
    throw error;
  }
  return join(reviewsDir, `${revision}.json`);
}

// ---------------------------------------------------------------------------------------------
// Writing a record and its signature as one unit

/** How long a second review of the same revision waits for the first to finish writing. */
export const RECORD_LOCK_WAIT_MS = 10_000;
const RETRY_MS = 50;
/** A lock file without readable content (being written this very moment) counts as stale after this. */
const UNREADABLE_LOCK_STALE_MS = 5_000;

interface LockOwner {
  pid: number;
  host: string;
  createdAt: string;
}

/**
 * Holds `<record>.lock` (created with O_EXCL, holding our pid and host) while `use` runs. Released
 * when `use` ends, on exit, and on SIGINT/SIGTERM. A lock whose pid is dead on this host is
 * stale and taken over; a live one is waited for up to `waitMs`, then a UserError names it.
 */
export async function withRecordLock<T>(recordFile: string, use: () => T, waitMs = RECORD_LOCK_WAIT_MS): Promise<T> {
  const lockPath = `${recordFile}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  const owner: LockOwner = { pid: process.pid, host: hostname(), createdAt: new Date().toISOString() };
  const content = `${JSON.stringify(owner)}\n`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryCreate(lockPath, content)) break;
    const holder = readOwner(lockPath);
    if (holder === 'gone') continue;
    if (isStale(lockPath, holder)) {
      takeOver(lockPath, holder);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder === 'unreadable' ? 'another process' : `pid ${holder.pid}${holder.host !== owner.host ? ` on ${holder.host}` : ''} since ${holder.createdAt}`;
      throw new UserError(
        `another review is writing ${basename(recordFile)}: ${lockPath} is held by ${who}; try again, or remove the lock file if no preflight review is running`,
      );
    }
    await new Promise((resolveTimer) => setTimeout(resolveTimer, RETRY_MS));
  }
  const release = (): void => {
    process.off('exit', release);
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    // Only our own lock: a lock taken over after we were presumed dead belongs to someone else.
    try {
      if (readFileSync(lockPath, 'utf8') === content) rmSync(lockPath, { force: true });
    } catch {
      // already gone
    }
  };
  const onSigint = (): void => {
    release();
    process.exit(130);
  };
  const onSigterm = (): void => {
    release();
    process.exit(143);
  };
  process.on('exit', release);
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  try {
    return use();
  } finally {
    release();
  }
}

function tryCreate(lockPath: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UserError(`cannot create the lock file ${lockPath}: ${(error as Error).message}`);
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(lockPath: string): LockOwner | 'unreadable' | 'gone' {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch {
    return 'gone';
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return 'unreadable';
    return { pid: parsed.pid, host: typeof parsed.host === 'string' ? parsed.host : hostname(), createdAt: String(parsed.createdAt ?? 'an unknown time') };
  } catch {
    return 'unreadable';
  }
}

function isStale(lockPath: string, holder: LockOwner | 'unreadable'): boolean {
  if (holder === 'unreadable') {
    try {
      return Date.now() - statSync(lockPath).mtimeMs > UNREADABLE_LOCK_STALE_MS;
    } catch {
      return false;
    }
  }
  // A pid on another machine (a shared folder) cannot be checked from here.
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return true; // an earlier process with our pid, long gone
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves the stale lock aside (a rename succeeds for one process only), then checks that what was
 * moved is still the stale lock: if another process replaced it meanwhile, its lock is put back.
 */
function takeOver(lockPath: string, stale: LockOwner | 'unreadable'): void {
  const aside = `${lockPath}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // someone else took it over first
  }
  const moved = readOwner(aside);
  const same = stale === 'unreadable' ? moved === 'unreadable' : moved !== 'gone' && moved !== 'unreadable' && moved.pid === stale.pid && moved.createdAt === stale.createdAt;
  if (!same) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // Taken again meanwhile: that holder's lock stands, and the one moved aside is released by its
      // owner's content check (it finds no lock of its own to remove).
    }
  }
  rmSync(aside, { force: true });
}

/** A file written in full (fsynced) under a temporary name next to its target, renamed into place later. */
interface StagedFile {
  target: string;
  temp: string;
}

function stageFile(target: string, data: string | Uint8Array): StagedFile {
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  return { target, temp };
}

export interface RecordPair {
  path: string;
  bytes: Uint8Array;
  signature?: { extension: '.sig' | '.asc'; text: string };
}

/**
 * Writes a record and its signature as one unit: both are written to temp files first (nothing
 * changes if that fails), then, holding the record's lock, the signature of the other kind is
 * removed and both are renamed into place. A failure between the renames puts the previous pair
 * back. Returns the signatures of the previous review that were removed.
 */
export async function writeRecordPair(pair: RecordPair, waitMs = RECORD_LOCK_WAIT_MS): Promise<string[]> {
  const staged: StagedFile[] = [];
  try {
    staged.push(stageFile(pair.path, pair.bytes));
    if (pair.signature) staged.push(stageFile(`${pair.path}${pair.signature.extension}`, pair.signature.text));
    return await withRecordLock(pair.path, () => {
      const previous = new Map<string, Buffer>();
      for (const file of [pair.path, `${pair.path}.sig`, `${pair.path}.asc`]) {
        const bytes = readRegularFile(file);
        if (bytes !== undefined) previous.set(file, bytes);
      }
      const removed: string[] = [];
      try {
        // A re-review replaces the pair: a signature of the old bytes must not survive.
        for (const extension of ['.sig', '.asc'] as const) {
          const file = `${pair.path}${extension}`;
          if (extension !== pair.signature?.extension && previous.has(file)) {
            rmSync(file);
            removed.push(file);
          }
        }
        for (const file of staged) renameSync(file.temp, file.target);
      } catch (error) {
        for (const file of [pair.path, `${pair.path}.sig`, `${pair.path}.asc`]) {
          const bytes = previous.get(file);
          if (bytes) writeFileAtomic(file, bytes);
          else rmSync(file, { force: true });
        }
        throw error;
      }
      return removed;
    }, waitMs);
  } finally {
    for (const file of staged) rmSync(file.temp, { force: true });
  }
}
