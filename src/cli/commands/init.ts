import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DOWNGRADE_POLICIES, validateConfig, type DowngradePolicy } from '../../config/schema.js';
import { UserError } from '../../model/errors.js';
import type { Dialect } from '../../model/project.js';
import { writeFileAtomic } from '../../io/fs/atomic-write.js';
import { DEFAULT_BASELINE_NAME } from '../../io/fs/baseline-file.js';
import { parseToml } from '../../io/fs/toml.js';
import { loadProject, type LoadedProject } from '../../io/load-project.js';
import { assertInteractive, inquirerPrompts, PromptCancelled } from '../../ui/prompts.js';
import { defineCommand, projectLocation } from '../command.js';
import { displayPath } from '../format/paths.js';
import { writeProjectBaseline } from './baseline.js';

const DIALECTS = ['postgresql', 'sqlite', 'mysql'] as const;

export const initCommand = defineCommand({
  name: 'init',
  summary: 'Set Preflight up on an existing project: [tool.preflight], the baseline, CI snippets.',
  options: {
    yes: { type: 'boolean', short: 'y', description: 'accept the detected values without asking (needed without a terminal)', schema: z.boolean().default(false) },
    dialect: { type: 'string', value: 'D', description: 'postgresql, sqlite or mysql (default: detected from sqlalchemy.url)', schema: z.enum(DIALECTS).optional() },
    downgrades: { type: 'string', value: 'POLICY', description: 'required, optional or none (default: what the history suggests)', schema: z.enum(DOWNGRADE_POLICIES).optional() },
    'no-baseline': { type: 'boolean', description: 'do not write the baseline file', schema: z.boolean().default(false) },
  },
  positionals: z.array(z.string()).max(0, 'init takes no arguments'),
  details: `Writes a [tool.preflight] section into pyproject.toml (keeping everything else in it)
or, without one, .preflight.toml next to alembic.ini: the dialect (from sqlalchemy.url), the
downgrade policy the history suggests (no downgrade anywhere proposes "none") and the baseline
file; then writes the baseline (every current finding accepted, see preflight baseline) and
prints the pre-commit and GitHub Actions snippets. On a terminal it asks; --yes takes the
proposals (never waits for input without a terminal).

Examples:
  preflight init
  preflight init --yes --downgrades none`,
  async run(options, global) {
    const interactive = !options.yes && global.stdin.isTTY === true;
    if (!interactive && !options.yes) {
      assertInteractive({ isTTY: false }, 'run `preflight init --yes` to take the detected values (--dialect, --downgrades override them)');
    }
    const loaded = await loadProject({ ...projectLocation(global), cache: true });
    const target = configTarget(loaded, global.cwd);
    const history = downgradeHistory(loaded);
    const detected = detectedDialect(loaded);
    let dialect: Dialect = options.dialect ?? detected.dialect;
    let downgrades: DowngradePolicy = options.downgrades ?? history.proposal;
    let baseline = !options['no-baseline'];
    const out = (line = '') => global.stdout.write(`${line}\n`);
    out(`Project: ${displayPath(loaded.project.iniPath ?? loaded.project.pyprojectPath ?? loaded.project.root, global.cwd)}, ${loaded.migrations.length} migrations`);
    out(`Dialect: ${detected.dialect} (${detected.why})`);
    out(`Downgrades: ${history.summary}; proposed policy "${history.proposal}"`);
    if (interactive) {
      try {
        const prompts = await inquirerPrompts();
        dialect = await prompts.select('Database dialect', DIALECTS.map((value) => ({ value, name: value })), dialect as (typeof DIALECTS)[number]);
        downgrades = await prompts.select(
          'Downgrade policy',
          [
            { value: 'required', name: 'required', description: 'every migration needs a working downgrade() (the guide)' },
            { value: 'optional', name: 'optional', description: 'a missing or incomplete downgrade is a warning' },
            { value: 'none', name: 'none', description: 'this project never writes downgrades; it rolls back by restore or a forward fix' },
          ],
          downgrades,
        );
        if (!options['no-baseline']) baseline = await prompts.confirm('Accept the current findings in a baseline file, so CI fails only on new ones?', true);
      } catch (error) {
        if (error instanceof PromptCancelled) {
          global.stderr.write('preflight: init cancelled; nothing written\n');
          return 130;
        }
        throw error;
      }
    }
    const section = [
      `dialect = "${dialect}"`,
      `downgrades = "${downgrades}"`,
      `baseline = "${DEFAULT_BASELINE_NAME}"`,
    ];
    writeSection(target, section);
    out(`\nwrote [tool.preflight] to ${displayPath(target.path, global.cwd)}:`);
    for (const line of section) out(`  ${line}`);
    if (baseline) {
      const reloaded = await loadProject({ ...projectLocation(global), cache: true });
      out(`\n${writeProjectBaseline(reloaded, global, { update: false }).summary}`);
    }
    out(SNIPPETS);
    return 0;
  },
});

interface ConfigTarget {
  path: string;
  /** The file's text before (empty for a new .preflight.toml). */
  before: string;
  pyproject: boolean;
}

/** pyproject.toml when the project has one, else .preflight.toml; refuses to configure twice. */
function configTarget(loaded: LoadedProject, cwd: string): ConfigTarget {
  const root = loaded.project.root;
  const dotfile = join(root, '.preflight.toml');
  const pyproject = join(root, 'pyproject.toml');
  if (existsSync(dotfile)) throw new UserError(`init: ${displayPath(dotfile, cwd)} exists already: Preflight is configured here (edit it, or run \`preflight baseline\`)`);
  if (existsSync(pyproject)) {
    const before = readFileSync(pyproject, 'utf8');
    const tool = parseToml(before)['tool'] as Record<string, unknown> | undefined;
    if (tool?.['preflight'] !== undefined) {
      throw new UserError(`init: ${displayPath(pyproject, cwd)} has a [tool.preflight] section already (edit it, or run \`preflight baseline\`)`);
    }
    return { path: pyproject, before, pyproject: true };
  }
  return { path: dotfile, before: '', pyproject: false };
}

function writeSection(target: ConfigTarget, lines: string[]): void {
  const header = target.pyproject ? '[tool.preflight]\n' : '# Preflight (https://github.com/<org>/alembic-preflight): see `preflight config --help`\n';
  const separator = target.before === '' ? '' : target.before.endsWith('\n\n') ? '' : target.before.endsWith('\n') ? '\n' : '\n\n';
  const text = `${target.before}${separator}${header}${lines.join('\n')}\n`;
  // What is written must load: validate the new table as `check` will read it.
  const document = parseToml(text);
  validateConfig(target.pyproject ? (document['tool'] as Record<string, unknown>)['preflight'] : document, target.path);
  writeFileAtomic(target.path, text);
}

/** How many migrations have a downgrade that does something; none at all proposes "none". */
export function downgradeHistory(loaded: LoadedProject): { summary: string; proposal: DowngradePolicy } {
  const parsed = loaded.migrations.filter((migration) => !migration.facts.parseError);
  const withDowngrade = parsed.filter((migration) => migration.facts.downgrade && !migration.facts.downgrade.isEmpty).length;
  const summary = `${withDowngrade} of ${parsed.length} migrations have a downgrade that does something`;
  if (parsed.length > 0 && withDowngrade === 0) return { summary, proposal: 'none' };
  if (withDowngrade * 2 < parsed.length) return { summary, proposal: 'optional' };
  return { summary, proposal: 'required' };
}

function detectedDialect(loaded: LoadedProject): { dialect: Dialect; why: string } {
  const url = loaded.project.urlDialect;
  if (url && url !== 'other') return { dialect: url, why: 'from sqlalchemy.url' };
  return { dialect: 'postgresql', why: url === 'other' ? 'sqlalchemy.url names another database; PostgreSQL rules apply' : 'no literal sqlalchemy.url; the default' };
}

const SNIPPETS = `
Next:
  git add -A && git commit -m "Adopt Preflight: configuration and baseline"

pre-commit (.pre-commit-config.yaml):
  repos:
    - repo: https://github.com/<org>/alembic-preflight
      rev: v0.1.0
      hooks:
        - id: preflight-check

GitHub Actions (.github/workflows/migrations.yml; see docs/github-actions.md):
  on: [pull_request]
  jobs:
    preflight:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v4
          with: { fetch-depth: 0 }
        - uses: <org>/alembic-preflight@v0.1.0`;
