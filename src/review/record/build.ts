/** ReviewDecision (plain data from the wizard) + context → ReviewRecord. Pure: time and identity come in. */
import { strongestLock } from '../../analysis/locks/pg-locks.js';
import type { LockMode } from '../../model/schema-change.js';
import type { LockRow } from '../../analysis/locks/migration-locks.js';
import type { Finding } from '../../model/findings.js';
import type { ReviewedItem, ReviewSubject } from '../checklist/reducer.js';
import type { Checklist } from '../checklist/schema.js';
import type { ReviewRecord } from './schema.js';

export interface RecordContext {
  checklist: Checklist;
  checklistSha256: string;
  reviewer: { name: string; email: string };
  git: { commit: string | null; branch: string | null };
  createdAt: string;
  tool: { name: string; version: string };
  /** Makes absolute paths repository-relative with forward slashes. */
  relativePath(path: string): string;
}

export function buildRecord(subject: ReviewSubject, items: ReviewedItem[], context: RecordContext): ReviewRecord {
  const finding = (f: Finding) => ({
    rule: f.rule,
    severity: f.severity,
    file: context.relativePath(f.file),
    line: f.line,
    column: f.column,
    message: f.message,
    suppressed: f.suppressed,
    suppressReason: f.suppressReason ?? null,
    ...(f.baselined ? { baselined: true } : {}),
  });
  return {
    schemaVersion: 1,
    migration: {
      path: context.relativePath(subject.file),
      revision: subject.revision,
      downRevision: subject.downRevision,
      message: subject.message ?? null,
      sha256: subject.sha256,
    },
    checklist: { id: context.checklist.id, version: context.checklist.version, sha256: context.checklistSha256 },
    items: items.map((item) => ({
      ...item,
      evidence: item.evidence.map((evidence) => ({ ...evidence, file: context.relativePath(evidence.file) })),
    })),
    findings: subject.findings.map(finding),
    ...(subject.locks ? { locks: { pgVersion: subject.locks.pgVersion, tables: lockSummary(subject.locks.rows) } } : {}),
    reviewer: context.reviewer,
    git: context.git,
    createdAt: context.createdAt,
    tool: context.tool,
  };
}

/** Per table the upgrade locks (tables it creates left out): the strongest lock, and any rewrite or full scan. */
function lockSummary(rows: LockRow[]): { table: string; lock: string; rewrite: boolean; scan: boolean }[] {
  const byTable = new Map<string, { table: string; modes: LockMode[]; rewrite: boolean; scan: boolean }>();
  for (const row of rows) {
    if (row.onNewTable || row.lock === 'none') continue;
    const entry = byTable.get(row.table) ?? { table: row.table, modes: [], rewrite: false, scan: false };
    entry.modes.push(row.lock);
    entry.rewrite ||= row.rewrite;
    entry.scan ||= row.scan;
    byTable.set(row.table, entry);
  }
  return [...byTable.values()].map(({ table, modes, rewrite, scan }) => ({ table, lock: strongestLock(modes), rewrite, scan }));
}
