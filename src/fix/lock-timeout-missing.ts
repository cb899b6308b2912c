/**
 * lock-timeout-missing: `op.execute("SET lock_timeout = '5s'")` as the first statement of the upgrade (or downgrade)
 * that takes the lock; the value is `fix-lock-timeout` of [tool.preflight].
 */
import { DEFAULT_FIX_LOCK_TIMEOUT } from '../model/settings.js';
import type { FixProposal } from './edits.js';
import { blockStatements, branchesOnDialect, functionBody, linesBefore } from './syntax.js';
import type { Fixer } from './types.js';

export const lockTimeoutMissingFix: Fixer = ({ operation, migration, source, settings }): FixProposal | undefined => {
  const fn = operation.function;
  if (branchesOnDialect(migration, fn)) return { kind: 'manual', reason: `${fn}() branches on the database dialect: put the SET lock_timeout in its PostgreSQL branch by hand` };
  const body = functionBody(source.root, fn);
  if (!body) return { kind: 'manual', reason: `${fn}() is not a module-level function with its body on lines of its own: add the SET lock_timeout by hand` };
  // After the docstring (a comment before the first statement belongs to the def, so it stays above).
  const [first] = blockStatements(body);
  const docstring = first?.type === 'expression_statement' && first.namedChildren.length === 1 && first.namedChildren[0]?.type === 'string' ? first : undefined;
  const children = body.namedChildren.filter((n) => n !== null);
  const at = docstring ? children[children.indexOf(docstring) + 1] : children[0];
  const value = settings.fixLockTimeout ?? DEFAULT_FIX_LOCK_TIMEOUT;
  const line = `op.execute("SET lock_timeout = '${value}'")`;
  const edit = at ? linesBefore(source, at, [[0, line]]) : undefined;
  if (edit === undefined || typeof edit === 'string') return { kind: 'manual', reason: `${fn}() has no statement Preflight can put the SET before: add it by hand` };
  return { kind: 'edits', description: `SET lock_timeout = '${value}' first in ${fn}: a blocked lock request gives up instead of queueing every query behind it`, edits: [edit] };
};
