/**
 * Reads and writes the committed baseline file (`.preflight-baseline.json` next to
 * alembic.ini, or `baseline = "path"` in [tool.preflight]). A file that is not JSON, of an
 * unknown version or of the wrong shape is a one-line UserError naming the file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { BASELINE_VERSION, serializeBaseline, type Baseline } from '../../baseline/baseline.js';
import type { EffectiveConfig } from '../../config/schema.js';
import { UserError } from '../../model/errors.js';
import type { AlembicProject } from '../../model/project.js';
import { writeFileAtomic } from './atomic-write.js';
import type { InputLog } from './input-log.js';

export const DEFAULT_BASELINE_NAME = '.preflight-baseline.json';

export function baselinePath(project: AlembicProject, config: EffectiveConfig): string {
  return config.baseline !== undefined ? resolve(config.baseDir, config.baseline) : join(project.root, DEFAULT_BASELINE_NAME);
}

const entrySchema = z
  .object({
    rule: z.string().min(1),
    revision: z.string().nullable(),
    file: z.string(),
    message: z.string(),
    fingerprint: z.string().regex(/^[0-9a-f]{8,64}$/, 'must be a hex fingerprint'),
  })
  .strict();
const fileSchema = z.object({ version: z.literal(BASELINE_VERSION), entries: z.array(entrySchema) }).strict();

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

/** The line of the n-th `"key":` in the text (1-based), for pointing at a bad value. */
function lineOfKey(text: string, key: string, occurrence = 0): number | undefined {
  const pattern = new RegExp(`"${key}"\\s*:`, 'g');
  let match: RegExpExecArray | null;
  let seen = 0;
  while ((match = pattern.exec(text))) {
    if (seen === occurrence) return lineAt(text, match.index);
    seen += 1;
  }
  return undefined;
}

/** The baseline, or undefined when the file does not exist (nothing is baselined). */
export function readBaseline(path: string, shown: string, inputs?: InputLog): Baseline | undefined {
  if (!existsSync(path)) {
    inputs?.absent(path);
    return undefined;
  }
  const text = readFileSync(path, 'utf8');
  inputs?.file(path, text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = /\(line (\d+) column \d+\)/.exec(message)?.[1] ?? (position !== undefined ? String(lineAt(text, Number(position))) : text.trim() === '' ? '1' : String(lineAt(text, text.length)));
    throw new UserError(`${shown}:${line}: not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}); fix it or write it again with \`preflight baseline\``);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(`${shown}:1: not a Preflight baseline (expected an object with "version" and "entries")`);
  }
  const version = (data as Record<string, unknown>)['version'];
  if (version !== BASELINE_VERSION) {
    const line = lineOfKey(text, 'version') ?? 1;
    throw new UserError(
      version === undefined
        ? `${shown}:${line}: no "version" field: not a Preflight baseline`
        : `${shown}:${line}: unknown baseline version ${JSON.stringify(version)} (this Preflight reads version ${BASELINE_VERSION}; upgrade Preflight or write it again with \`preflight baseline\`)`,
    );
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [top, index, key] = issue.path;
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const field = typeof key === 'string' ? key : unknownKey;
    const line =
      top === 'entries' && typeof index === 'number' && field !== undefined
        ? (lineOfKey(text, field, index) ?? lineOfKey(text, 'entries'))
        : typeof top === 'string'
          ? lineOfKey(text, top)
          : undefined;
    const path = [...issue.path, ...(unknownKey ? [unknownKey] : [])].join('.');
    throw new UserError(`${shown}:${line ?? 1}: ${path || '(root)'}: ${unknownKey ? 'unknown key' : issue.message}`);
  }
  return result.data;
}

/** Atomic (temp file + rename), so a crash never leaves half a baseline behind. */
export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileAtomic(path, serializeBaseline(baseline));
}
