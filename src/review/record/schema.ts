/**
 * The review record: a plain JSON file committed next to the migrations
 * (`<script_location>/reviews/<revision>.json`). Its bytes are what gets signed,
 * so the text is canonical: fixed key order, two-space indent, trailing newline.
 */
import { z } from 'zod';
import { ANSWERS } from '../checklist/schema.js';

const evidenceSchema = z
  .object({
    rule: z.string().optional(),
    file: z.string(),
    line: z.number().int().nonnegative(),
    message: z.string(),
    suppressed: z.boolean().optional(),
    suppressReason: z.string().optional(),
  })
  .strict();

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest');

export const recordSchema = z
  .object({
    schemaVersion: z.literal(1),
    migration: z
      .object({
        path: z.string().min(1),
        revision: z.string().min(1),
        downRevision: z.union([z.string(), z.array(z.string()), z.null()]),
        message: z.string().nullable(),
        sha256,
      })
      .strict(),
    checklist: z.object({ id: z.string(), version: z.number().int(), sha256 }).strict(),
    items: z
      .array(
        z
          .object({
            id: z.string(),
            question: z.string(),
            answer: z.enum(ANSWERS),
            decidedBy: z.enum(['auto', 'roundtrip', 'reviewer']),
            autoAnswer: z.enum(ANSWERS).nullable(),
            evidence: z.array(evidenceSchema),
            note: z.string().nullable(),
          })
          .strict(),
      )
      .min(1),
    findings: z.array(
      z
        .object({
          rule: z.string(),
          severity: z.enum(['error', 'warning', 'info']),
          file: z.string(),
          line: z.number().int(),
          column: z.number().int(),
          message: z.string(),
          suppressed: z.boolean(),
          suppressReason: z.string().nullable(),
          /** Accepted by the project's baseline file when the review was written. */
          baselined: z.boolean().optional(),
        })
        .strict(),
    ),
    /** What the upgrade locks, per table (PostgreSQL projects): the strongest lock, and whether it rewrites or scans. */
    locks: z
      .object({
        pgVersion: z.number().int(),
        tables: z.array(z.object({ table: z.string(), lock: z.string(), rewrite: z.boolean(), scan: z.boolean() }).strict()),
      })
      .strict()
      .optional(),
    reviewer: z.object({ name: z.string(), email: z.string() }).strict(),
    git: z.object({ commit: z.string().nullable(), branch: z.string().nullable() }).strict(),
    createdAt: z.iso.datetime(),
    tool: z.object({ name: z.string(), version: z.string() }).strict(),
  })
  .strict();

export type ReviewRecord = z.infer<typeof recordSchema>;

/** Revision ids become file names: no separators, no `..`, no control characters. */
export function assertSafeRevisionId(revision: string): void {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(revision) || revision.includes('..')) {
    throw new RevisionIdError(revision);
  }
}

export class RevisionIdError extends Error {
  constructor(readonly revision: string) {
    super(`revision id ${JSON.stringify(revision)} cannot be used as a file name (letters, digits, _ . - only; no "..")`);
    this.name = 'RevisionIdError';
  }
}

/** Canonical bytes: JSON with the schema's key order (zod's parse output keeps it), 2-space indent, final newline. */
export function serializeRecord(record: ReviewRecord): string {
  return `${JSON.stringify(recordSchema.parse(record), null, 2)}\n`;
}

export type RecordParseResult = { ok: true; record: ReviewRecord } | { ok: false; error: string };

export function parseRecord(text: string): RecordParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  const result = recordSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  return { ok: true, record: result.data };
}
