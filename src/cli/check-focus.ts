/**
 * `check FILE…` in a large project: which version files must be analysed so that FILE's report is
 * the full check's, filtered to FILE. FILE itself; the earlier migrations a project rule reads
 * when it judges FILE (ProjectRule.reads); and the files whose findings the baseline may accept,
 * because its stale entries are counted over the whole project. The graph is read from every
 * file's header (src/io/load-project.ts LoadFocus).
 */
import { RULES } from '../rules/index.js';
import type { ProjectRule } from '../rules/types.js';
import { baselinePath, readBaseline } from '../io/fs/baseline-file.js';
import type { LoadFocus } from '../io/load-project.js';
import type { AnalyzedMigration } from '../model/facts.js';

export function checkFocus(files: ReadonlySet<string>, pgVersion: number | undefined): LoadFocus {
  return {
    files,
    more({ project, config, graph, migrations, versionFiles, revisionOf }) {
      const rules = RULES.filter((rule): rule is ProjectRule => rule.scope === 'project' && config.severities[rule.id] !== 'off');
      // A project rule that does not say what it reads may read anything.
      if (rules.some((rule) => rule.reads === undefined)) return versionFiles;
      const filesOf = new Map<string, string[]>();
      for (const file of versionFiles) {
        const revision = revisionOf(file);
        if (revision !== undefined) filesOf.set(revision, [...(filesOf.get(revision) ?? []), file]);
      }
      const wanted = new Set<string>();
      const settings = pgVersion === undefined ? config.settings : { ...config.settings, pgVersion };
      // As change-column-type builds it, the last file of a revision stands for it: a revision counts as analysed once all its files are.
      const paths = new Set(migrations.map((migration) => migration.facts.path));
      const analysed = new Map<string, AnalyzedMigration>();
      for (const migration of migrations) {
        const revision = migration.facts.revision?.value;
        if (revision !== undefined && (filesOf.get(revision) ?? []).every((file) => paths.has(file))) analysed.set(revision, migration);
      }
      for (const migration of migrations) {
        if (!files.has(migration.facts.path)) continue;
        for (const rule of rules) {
          if (typeof rule.reads !== 'object') continue;
          // Every file of the revision: a duplicated revision is one of several files.
          for (const revision of rule.reads.missingAncestors(migration, { graph, analysed, settings })) for (const file of filesOf.get(revision) ?? []) wanted.add(file);
        }
      }
      // A finding matches a baseline entry of its own revision only (the fingerprint's anchor, src/baseline/fingerprint.ts);
      // files without a revision are always analysed in full.
      let entries: { revision: string | null }[] = [];
      try {
        entries = readBaseline(baselinePath(project, config), '')?.entries ?? [];
      } catch {
        // check reads the baseline again and reports what is wrong with it.
      }
      for (const { revision } of entries) for (const file of revision === null ? [] : (filesOf.get(revision) ?? [])) wanted.add(file);
      return wanted;
    },
  };
}
