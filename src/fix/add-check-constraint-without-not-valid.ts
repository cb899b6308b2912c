/**
 * add-check-constraint-without-not-valid: `postgresql_not_valid=True` on op.create_check_constraint, and the VALIDATE
 * CONSTRAINT step at the end of upgrade in an autocommit block (see add-foreign-key-without-not-valid).
 */
import { notValidFix } from './add-foreign-key-without-not-valid.js';
import type { Fixer } from './types.js';

export const addCheckConstraintWithoutNotValidFix: Fixer = (context) => notValidFix(context, 'CHECK constraint', 'create_check_constraint');
