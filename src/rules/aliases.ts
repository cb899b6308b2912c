/**
 * Old or alternative rule ids that still resolve (none yet; kept so renames never break
 * configs, suppressions or review records): `'old-id': 'new-id'`.
 */
export const RULE_ALIASES: Readonly<Record<string, string>> = {};
