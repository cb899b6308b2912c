import { readFileSync, realpathSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../model/errors.js';
import { unknownRevision, type VerifyStatus } from '../../review/record/verify.js';
import { loadChecklists } from '../../io/fs/checklists.js';
import { reviewsDirectory } from '../../io/fs/reviews.js';
import { filesChangedSince, repositoryRoot } from '../../io/git/repo.js';
import { resolveAllowedSigners, reviewStatus } from '../../io/review-status.js';
import { loadProject } from '../../io/load-project.js';
import { defineCommand, projectLocation } from '../command.js';
import { COLORS, NO_COLORS, type Palette } from '../format/colors.js';
import { displayPath } from '../format/paths.js';
import { terminalSafeLine } from '../../model/terminal-safe.js';
import type { ReviewRecord } from '../../review/record/schema.js';

const STATUSES: VerifyStatus[] = ['ok', 'stale', 'missing', 'unsigned', 'invalid', 'untrusted', 'incomplete', 'unknown'];

interface Row {
  /** null when the file's revision cannot be read (status unknown). */
  revision: string | null;
  file: string;
  status: VerifyStatus;
  reviewer: string | null;
  signedBy: string | null;
  reviewedAt: string | null;
  detail: string;
  /** What the reviewed upgrade locks (PostgreSQL projects), as its record says: what the release will hold. */
  locks: NonNullable<ReviewRecord['locks']> | null;
}

export const verifyCommand = defineCommand({
  name: 'verify',
  summary: 'Release review: check that every migration has a valid, current, signed review record.',
  options: {
    since: { type: 'string', value: 'REF', description: 'only migrations added or changed since this git ref (tag, branch, commit)', schema: z.string().min(1).optional() },
    'allowed-signers': { type: 'string', value: 'FILE', description: 'SSH allowed signers file (default: gpg.ssh.allowedSignersFile from your git config)', schema: z.string().min(1).optional() },
    'trust-repo-signers': { type: 'boolean', description: "accept the allowed signers file the repository names itself (allowed-signers key, committed git config)", schema: z.boolean().default(false) },
    format: { type: 'string', value: 'FORMAT', description: 'text or json (default text)', schema: z.enum(['text', 'json']).default('text') },
  },
  positionals: z.array(z.string()).max(0, 'verify takes no arguments'),
  details: `Statuses: ok, missing (no record), unsigned, stale (migration changed after review),
invalid (bad signature, schema or revision), untrusted (signer not in allowed signers
or not trusted by gpg), incomplete (unanswered item, or "no" without a note), unknown
(a version file whose revision cannot be read: Alembic runs it all the same).

Trust comes from the verifier, never from the repository under review: --allowed-signers,
else gpg.ssh.allowedSignersFile from git config (system, global, this clone's .git/config,
GIT_CONFIG_GLOBAL / GIT_CONFIG_COUNT). The repository's own allowed-signers key, or a git
setting read from a file inside the work tree, is ignored with a warning unless it names the
same file or --trust-repo-signers is given. GPG signatures are checked against your keyring
(GNUPGHOME) only; keys carried in signatures are never imported.

Exit codes: 0 all ok, 1 any other status, 2 usage error (unknown REF).`,
  async run(options, global) {
    const loaded = await loadProject(projectLocation(global));
    const repoRoot = (await repositoryRoot(loaded.project.root)) ?? loaded.project.root;
    const reviewsDir = reviewsDirectory(loaded.project, loaded.config);
    const checklist = loadChecklists(loaded.config.checklists, loaded.config.baseDir).checklist;
    const trust = await resolveAllowedSigners({
      flag: options['allowed-signers'],
      trustRepoSigners: options['trust-repo-signers'],
      cwd: global.cwd,
      config: loaded.config,
      repoRoot,
      env: global.env,
    });
    const allowedSigners = trust.allowedSigners;
    if (allowedSigners && !existsSync(allowedSigners)) throw new UserError(`allowed signers file ${allowedSigners} does not exist`);
    for (const warning of trust.warnings) global.stderr.write(`${terminalSafeLine(warning)}\n`);

    // Every version file counts, also one whose revision cannot be read: Alembic will run it.
    let migrations = loaded.migrations;
    if (options.since) {
      const changed = new Set((await filesChangedSince(repoRoot, options.since)).map((file) => pathKey(resolve(repoRoot, file))));
      migrations = migrations.filter((migration) => changed.has(pathKey(migration.facts.path)));
    }

    const rows: Row[] = [];
    for (const migration of migrations) {
      const file = displayPath(migration.facts.path, global.cwd);
      const unknown = unknownRevision(migration.facts, () => readFileSync(migration.facts.path, 'utf8'));
      if (unknown) {
        rows.push({
          revision: migration.facts.revision?.value || null,
          file,
          status: 'unknown',
          reviewer: null,
          signedBy: null,
          reviewedAt: null,
          detail: `${file}:${unknown.line}: ${unknown.message}; Alembic runs it all the same, so it cannot pass unreviewed`,
          locks: null,
        });
        continue;
      }
      const result = await reviewStatus(migration, { reviewsDir, checklist, allowedSigners, env: global.env });
      rows.push({
        revision: migration.facts.revision!.value,
        file,
        status: result.status,
        reviewer: result.record ? formatReviewer(result.record.reviewer) : null,
        signedBy: result.signedBy ?? null,
        reviewedAt: result.record?.createdAt ?? null,
        detail: result.detail,
        locks: result.record?.locks ?? null,
      });
    }

    if (options.format === 'json') {
      global.stdout.write(`${JSON.stringify({ version: 1, migrations: rows }, null, 2)}\n`);
    } else {
      global.stdout.write(formatTable(rows, options.since, global.color ? COLORS : NO_COLORS));
    }
    return rows.every((row) => row.status === 'ok') ? 0 : 1;
  },
});

/**
 * The folder's real path plus the file's own name: git names paths under the real top folder,
 * the project may have been found through a symlinked cwd, and a version file that is itself a
 * symlink must still be matched by its own name, not its target's.
 */
function pathKey(path: string): string {
  try {
    return join(realpathSync(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

function formatReviewer(reviewer: { name: string; email: string }): string {
  return [reviewer.name, reviewer.email ? `<${reviewer.email}>` : ''].filter(Boolean).join(' ') || '(unknown)';
}

function formatTable(rows: Row[], since: string | undefined, colors: Palette): string {
  const header = ['REVISION', 'FILE', 'STATUS', 'REVIEWER', 'DATE'];
  // Revision ids, file names and reviewers come from the repository: escaped before they reach the terminal.
  const cells = rows.map((row) => [row.revision ?? '?', row.file, row.status, row.reviewer ?? '-', row.reviewedAt?.slice(0, 10) ?? '-'].map(terminalSafeLine));
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => cell.map((value, column) => value.padEnd(widths[column]!)).join('  ').trimEnd();
  const paint = (status: string, text: string) => (status === 'ok' ? colors.green(text) : colors.red(text));
  const lines = [colors.bold(line(header))];
  rows.forEach((row, index) => {
    const cell = cells[index]!;
    const padded = line(cell);
    lines.push(padded.replace(` ${cell[2]!.padEnd(widths[2]!)}`, ` ${paint(row.status, cell[2]!.padEnd(widths[2]!))}`));
    if (row.status !== 'ok') lines.push(colors.dim(`    ${terminalSafeLine(row.detail)}`));
    const locks = row.locks ? lockLine(row.locks) : undefined;
    if (locks) lines.push(colors.dim(`    ${terminalSafeLine(locks)}`));
  });
  const counts = STATUSES.map((status) => [status, rows.filter((row) => row.status === status).length] as const).filter(([, count]) => count > 0);
  const scope = since ? ` since ${since}` : '';
  const summary = `${rows.length} migration${rows.length === 1 ? '' : 's'}${scope}: ${counts.length ? counts.map(([status, count]) => `${count} ${status}`).join(', ') : 'nothing to verify'}`;
  lines.push('', rows.every((row) => row.status === 'ok') ? colors.green(summary) : colors.red(summary));
  return `${lines.join('\n')}\n`;
}

/** `locks (PostgreSQL 15): users ACCESS EXCLUSIVE, rewrite; orders SHARE`: the tables' strongest locks, from the record. */
function lockLine(locks: NonNullable<ReviewRecord['locks']>): string | undefined {
  if (locks.tables.length === 0) return undefined;
  const tables = locks.tables.map(({ table, lock, rewrite, scan }) => `${table} ${lock}${rewrite ? ', rewrite' : scan ? ', full scan' : ''}`);
  return `locks (PostgreSQL ${locks.pgVersion}): ${tables.join('; ')}`;
}
