/**
 * `preflight roundtrip [REV]`: upgrade, downgrade and upgrade again with real Alembic on a scratch
 * database (never the configured one), and check the downgrade restores the schema.
 */
import { z } from 'zod';
import { findAlembicPython } from '../../io/alembic/python.js';
import { readIniInfo, runRoundTrip, type RoundTripResult } from '../../io/alembic/roundtrip.js';
import { defineCommand } from '../command.js';
import { COLORS, NO_COLORS, type Palette } from '../format/colors.js';
import { resolveTarget, type AlembicTarget } from './sql.js';

const FORMATS = ['text', 'json'] as const;
export const DEFAULT_ROUNDTRIP_TIMEOUT_S = 300;

export interface RoundTripRunOptions {
  python: string;
  databaseUrl?: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onStep?: (name: string) => void;
}

/** Runs the round trip for a target; the configured URL is passed so the scratch URL can never equal it. */
export async function roundTripTarget(target: Pick<AlembicTarget, 'iniPath' | 'revision' | 'downRevision'>, options: RoundTripRunOptions): Promise<RoundTripResult> {
  const processOptions = { timeoutMs: options.timeoutMs, ...(options.env ? { env: options.env } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  const { configuredUrl } = await readIniInfo(options.python, target.iniPath, processOptions);
  return runRoundTrip({
    python: options.python,
    iniPath: target.iniPath,
    revision: target.revision,
    downRevision: target.downRevision,
    ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
    ...(configuredUrl ? { configuredUrl } : {}),
    ...processOptions,
    ...(options.onStep ? { onStep: options.onStep } : {}),
  });
}

export function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function formatRoundTripText(result: RoundTripResult, palette: Palette): string {
  const lines: string[] = [`Round trip of ${result.revision} on a scratch database:`];
  for (const step of result.steps) {
    lines.push(`  ${step.ok ? palette.green('✔') : palette.red('✘')} ${step.name} ${palette.dim(`(${formatSeconds(step.ms)})`)}`);
    if (step.error) for (const line of step.error.split('\n')) lines.push(`      ${line}`);
  }
  if (result.schemaDiff.length > 0) {
    lines.push('', 'The downgrade did not restore the schema:');
    for (const diff of result.schemaDiff) lines.push(`  - ${diff}`);
  }
  lines.push('', result.ok ? palette.green('Round trip passed.') : palette.red('Round trip failed.'));
  return `${lines.join('\n')}\n`;
}

export const roundtripCommand = defineCommand({
  name: 'roundtrip',
  summary: 'Run upgrade, downgrade, upgrade on a scratch database and check the schema is restored.',
  arguments: '[REV]',
  options: {
    'database-url': { type: 'string', value: 'URL', description: 'PostgreSQL server to create the scratch database on (default: a temp SQLite file)', schema: z.string().min(1).optional() },
    python: { type: 'string', value: 'PATH', description: 'the Python interpreter that has Alembic (default: .venv, venv, python3)', schema: z.string().optional() },
    timeout: { type: 'string', value: 'SECONDS', description: `limit for each Alembic run (default ${DEFAULT_ROUNDTRIP_TIMEOUT_S})`, schema: z.coerce.number().positive('must be a positive number of seconds').default(DEFAULT_ROUNDTRIP_TIMEOUT_S) },
    format: { type: 'string', short: 'f', value: 'FORMAT', description: `output format: ${FORMATS.join(', ')} (default text)`, schema: z.enum(FORMATS).default('text') },
  },
  positionals: z.array(z.string()).max(1, 'at most one revision'),
  details: `REV is a revision id (or a unique prefix) or a migration file; default: the single head.
The configured database is never used: the scratch database is a temp SQLite file, or a new
database on the --database-url server, dropped afterwards.

Exit codes: 0 every step passed and the schema was restored, 1 otherwise, 2 usage or setup error.

Examples:
  preflight roundtrip
  preflight roundtrip ab12cd34ef56 --database-url postgresql://localhost/postgres`,
  async run(options, global) {
    const target = await resolveTarget(options.positionals[0], global, 'roundtrip');
    const python = await findAlembicPython({
      ...(options.python !== undefined ? { python: options.python } : {}),
      root: target.loaded.project.root,
      env: global.env,
    });
    const progress = options.format === 'text' && global.stderr.isTTY === true;
    const result = await roundTripTarget(target, {
      python,
      ...(options['database-url'] !== undefined ? { databaseUrl: options['database-url'] } : {}),
      timeoutMs: Math.round(options.timeout * 1000),
      env: global.env,
      ...(progress ? { onStep: (name: string) => global.stderr.write(`… ${name}\n`) } : {}),
    });
    if (options.format === 'json') {
      const json = {
        version: 1,
        ok: result.ok,
        revision: result.revision,
        steps: result.steps.map((step) => ({ name: step.name, ok: step.ok, ms: step.ms, error: step.error ?? null })),
        schemaDiff: result.schemaDiff,
      };
      global.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      global.stdout.write(formatRoundTripText(result, global.color ? COLORS : NO_COLORS));
    }
    return result.ok ? 0 : 1;
  },
});
