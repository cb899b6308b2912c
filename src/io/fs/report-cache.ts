/**
 * `check`'s report cache: the output and exit code of the last run of one invocation (its
 * arguments, folder, colours and the tool's build), replayed while every input that run read is
 * unchanged. An unchanged project is then answered with a stat call per file instead of reading,
 * parsing and running the rules. Any doubt (missing, corrupt, other format) is a miss.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { inputsUnchanged, type RecordedInput } from './input-log.js';

export interface CachedReport {
  exitCode: number;
  stdout: string;
  inputs: RecordedInput[];
}

/** Bump when CachedReport changes shape. */
const REPORT_FORMAT = 1;
/** Reports kept per cache folder (one per invocation: formats, paths, -C …); the oldest go first. */
const KEPT_REPORTS = 16;

/** A cached report's place: the folder and the invocation it answers (compared in full on read). */
export interface ReportSlot {
  file: string;
  invocation: string;
}

export function reportSlot(cacheDir: string, invocation: unknown): ReportSlot {
  const text = JSON.stringify(invocation);
  return { file: join(cacheDir, `report-${fnv1a64(text)}.json`), invocation: text };
}

/** The cached report if it exists, answers this invocation, and nothing it was built from has changed. */
export function readCachedReport(slot: ReportSlot): CachedReport | undefined {
  let parsed: { format?: unknown; invocation?: unknown } & Partial<CachedReport>;
  try {
    parsed = JSON.parse(readFileSync(slot.file, 'utf8')) as typeof parsed;
  } catch {
    return undefined;
  }
  if (
    parsed.format !== REPORT_FORMAT ||
    parsed.invocation !== slot.invocation ||
    typeof parsed.stdout !== 'string' ||
    typeof parsed.exitCode !== 'number' ||
    !Array.isArray(parsed.inputs)
  ) {
    return undefined;
  }
  return inputsUnchanged(parsed.inputs) ? { exitCode: parsed.exitCode, stdout: parsed.stdout, inputs: parsed.inputs } : undefined;
}

export function writeCachedReport(slot: ReportSlot, report: CachedReport): void {
  try {
    writeFileAtomic(slot.file, JSON.stringify({ format: REPORT_FORMAT, invocation: slot.invocation, ...report }), { durable: false });
    pruneReports(join(slot.file, '..'));
  } catch {
    // A read-only cache location must not fail the check.
  }
}

function pruneReports(dir: string): void {
  const reports = readdirSync(dir)
    .filter((name) => /^report-[0-9a-f]+\.json$/.test(name))
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of reports.slice(KEPT_REPORTS)) rmSync(old.path, { force: true });
}

/**
 * 64-bit FNV-1a of a string's UTF-16 units, as hex: names the file only (the invocation itself is
 * stored and compared), so it need not be cryptographic, and node:crypto stays unloaded.
 */
function fnv1a64(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low ^= text.charCodeAt(i);
    // Multiply the 64-bit (high, low) by the FNV prime 0x100000001b3 = 2^40 + 0x1b3.
    const lowProduct = Math.imul(low, 0x1b3) >>> 0;
    const carry = Math.floor((low >>> 0) * 0x1b3 / 0x100000000);
    high = (Math.imul(high, 0x1b3) + (low << 8) + carry) >>> 0;
    low = lowProduct;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
