/**
 * What a round trip found, and what it decides on the checklist. The run itself is in
 * src/io/alembic/roundtrip.ts; this is the pure half: the result's shape, the sentences it is told
 * in, and the answers it gives (`reversible` only when schema and seeded data both came back).
 */
import type { Evidence } from '../checklist/decide.js';
import type { Answer } from '../checklist/schema.js';
import type { LockTrace } from './lock-trace.js';
import { formatDuration, plural } from '../../model/text.js';
import { describeDataComparison, type DataComparison, type SeededTable } from './data-diff.js';

export interface RoundTripStep {
  name: string;
  ok: boolean;
  ms: number;
  /** Alembic's own error (the exception at the end of its traceback). */
  error?: string;
}

export interface SeedReport {
  /** Rows asked for per table (`--rows`); 0: nothing seeded, a schema-only round trip. */
  rows: number;
  seed: number;
  tables: Record<string, SeededTable>;
}

export interface RoundTripResult {
  /** Every step passed, the downgrade restored the schema and the seeded rows. */
  ok: boolean;
  revision: string;
  database: 'sqlite' | 'postgresql';
  steps: RoundTripStep[];
  /** Differences between the schema before the upgrade and after the downgrade. */
  schemaDiff: string[];
  /** null when seeding was not reached (the parent revision's upgrade failed). */
  seed: SeedReport | null;
  /** The seeded rows compared with the rows after the downgrade; null when not reached or nothing was seeded. */
  data: DataComparison | null;
  /** The upgrade of the revision failed after rows were seeded: the database's message. */
  upgradeFailure: string | null;
  /** `--locks`: the upgrade's statements run one by one on the seeded database, beside the static lock table. */
  lockTrace?: LockTrace;
}

/** Tables that got rows. */
export function seededTables(seed: SeedReport | null): string[] {
  return Object.entries(seed?.tables ?? {})
    .filter(([, table]) => table.rows > 0)
    .map(([name]) => name);
}

/** Tables the seeding skipped, with the reason ("legacy_blobs (column payload of type TSVECTOR: …)"). */
export function skippedTables(seed: SeedReport | null): string[] {
  return Object.entries(seed?.tables ?? {}).flatMap(([name, table]) => (table.skipped ? [`${name} (${table.skipped})`] : []));
}

/**
 * The data came back and was checked on every table: the round trip's "yes" is then evidence about
 * the data too, strong enough to answer over a static data-loss finding.
 */
export function dataChecked(result: RoundTripResult): boolean {
  return result.seed !== null && result.seed.rows > 0 && result.data !== null && skippedTables(result.seed).length === 0 && seededTables(result.seed).length > 0;
}

/** A database error caused by the rows a statement met, not by the statement alone. */
const ROW_ERROR =
  /contains null values|null value in column|NOT NULL constraint failed|could not create unique index|duplicate key value|UNIQUE constraint failed|violates check constraint|is violated by some row|CHECK constraint failed|violates foreign key constraint|FOREIGN KEY constraint failed|invalid input (?:value|syntax)|out of range|value too long/i;
const NULL_ERROR = /contains null values|null value in column|NOT NULL constraint failed/i;

export function failedOnRows(result: RoundTripResult): boolean {
  return result.upgradeFailure !== null && ROW_ERROR.test(result.upgradeFailure);
}

/** "20 rows per table (6 tables)", with the skipped tables named. */
export function describeSeed(seed: SeedReport): string {
  const seeded = seededTables(seed);
  const skipped = skippedTables(seed);
  const into = seeded.length === 0 ? 'no table' : `${plural(seeded.length, 'table')}: ${seeded.join(', ')}`;
  return `${plural(seed.rows, 'row')} per table (seed ${seed.seed}) into ${into}${skipped.length ? `; skipped ${skipped.join('; ')}` : ''}`;
}

export interface ItemVerdict {
  /** The round trip's answer; undefined: it adds evidence, the answer stays as it was. */
  answer?: Answer;
  evidence: Evidence[];
}

export interface RoundTripVerdicts {
  ok: boolean;
  /** Schema and seeded data were both compared (see dataChecked). */
  dataChecked: boolean;
  /** By checklist item id: reversible, data-migration-strategy, defaults-for-new-columns. */
  items: Record<string, ItemVerdict>;
  /** The lock trace, when the round trip ran one (PostgreSQL): the wizard's locks panel shows it. */
  lockTrace?: LockTrace;
}

const evidenceAt = (file: string, message: string): Evidence => ({ file, line: 0, message });

/**
 * The round trip's lines for the record and the wizard: what did not come back first (the evidence
 * panel shows the first few), then the seeding, the expected drops and the steps.
 */
export function roundTripEvidence(result: RoundTripResult, file: string): Evidence[] {
  const evidence: Evidence[] = [];
  const comparison = result.data ? describeDataComparison(result.data) : { problems: [], expected: [] };
  for (const problem of comparison.problems) evidence.push(evidenceAt(file, `data not restored: ${problem}`));
  for (const diff of result.schemaDiff) evidence.push(evidenceAt(file, `schema not restored: ${diff}`));
  if (result.seed) {
    evidence.push(evidenceAt(file, result.seed.rows > 0 ? `round trip: seeded ${describeSeed(result.seed)}` : 'round trip: no rows seeded (--rows 0): the schema only was compared'));
  }
  for (const line of comparison.expected) evidence.push(evidenceAt(file, `round trip: ${line}`));
  for (const step of result.steps) {
    evidence.push(evidenceAt(file, `round trip: ${step.ok ? '✔' : '✘'} ${step.name} (${formatDuration(step.ms)})${step.error ? `: ${step.error.split('\n')[0]}` : ''}`));
  }
  return evidence;
}

/**
 * What the round trip answers. `reversible`: "yes" when every step passed and the schema and the
 * seeded rows came back, "no" when the downgrade lost something; nothing when the upgrade itself
 * failed (the downgrade never ran). `data-migration-strategy` and `defaults-for-new-columns` get the
 * seeded upgrade as evidence, and "no" when it failed on the rows (the NOT NULL message decides the
 * second).
 */
export function roundTripVerdicts(result: RoundTripResult, file: string): RoundTripVerdicts {
  const evidence = roundTripEvidence(result, file);
  const upgradeStep = result.steps.find((step) => step.name === `upgrade ${result.revision}`);
  const upgradeRan = upgradeStep?.ok === true;
  const items: Record<string, ItemVerdict> = {};
  items['reversible'] = upgradeRan ? { answer: result.ok ? 'yes' : 'no', evidence } : { evidence };

  const seed = result.seed;
  if (seed && seed.rows > 0 && upgradeStep) {
    const seeded = seededTables(seed);
    const skipped = skippedTables(seed).length;
    const on = `${plural(seed.rows, 'row')} per table (${plural(seeded.length, 'table')} seeded${skipped ? `, ${skipped} skipped` : ''})`;
    if (upgradeRan) {
      const ran = evidenceAt(file, `round trip: the upgrade ran on ${on}`);
      items['data-migration-strategy'] = { evidence: [ran] };
      items['defaults-for-new-columns'] = { evidence: [ran] };
    } else if (failedOnRows(result)) {
      const failed = evidenceAt(file, `round trip: the upgrade failed on ${on}: ${result.upgradeFailure!.split('\n')[0]}`);
      items['data-migration-strategy'] = { answer: 'no', evidence: [failed] };
      items['defaults-for-new-columns'] = NULL_ERROR.test(result.upgradeFailure!) ? { answer: 'no', evidence: [failed] } : { evidence: [failed] };
    }
  }
  return { ok: result.ok, dataChecked: dataChecked(result), items, ...(result.lockTrace ? { lockTrace: result.lockTrace } : {}) };
}
