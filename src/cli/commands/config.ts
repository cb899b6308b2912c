import { z } from 'zod';
import { discoverProject } from '../../io/fs/discover.js';
import { baselinePath } from '../../io/fs/baseline-file.js';
import { loadConfig } from '../../io/fs/load-config.js';
import { defineCommand, projectLocation } from '../command.js';
import { displayPath } from '../format/paths.js';

export const configCommand = defineCommand({
  name: 'config',
  summary: 'Print the effective configuration and where each value came from.',
  options: {
    format: { type: 'string', value: 'FORMAT', description: 'text or json (default text)', schema: z.enum(['text', 'json']).default('text') },
  },
  positionals: z.array(z.string()).max(0, 'config takes no arguments'),
  details: `Configuration lives in [tool.preflight] of pyproject.toml or in .preflight.toml next to alembic.ini:

  [tool.preflight]
  dialect = "postgresql"            # postgresql | sqlite | mysql (default: from sqlalchemy.url)
  reset-migrations = ["001_initial_clean_schema.py"]
  guard-variables = ["ENVIRONMENT", "ALLOW_DESTRUCTIVE_MIGRATIONS"]
  reviews-dir = "migrations/reviews"
  baseline = ".preflight-baseline.json"   # written by preflight baseline
  downgrades = "required"           # required | optional | none
  exclude = ["migrations/versions/vendor/*.py"]
  fix-lock-timeout = "5s"           # what check --fix sets lock_timeout to
  [tool.preflight.rules]
  drop-column = "error"             # error | warning | info | off`,
  async run(options, global) {
    const project = discoverProject(projectLocation(global));
    const config = loadConfig(project, global.cwd);
    const show = (path: string) => displayPath(path, global.cwd);
    const values: Record<string, unknown> = {
      'alembic-config': show(project.iniPath ?? project.pyprojectPath ?? project.root),
      'script-location': show(project.scriptLocation),
      'version-locations': project.versionLocations.map(show),
      dialect: config.settings.dialect,
      'guard-variables': config.settings.guardVariables,
      'destructive-flag': config.settings.destructiveFlag,
      'reset-migrations': config.settings.resetMigrations,
      'reviews-dir': config.reviewsDir ?? show(`${project.scriptLocation}/reviews`),
      checklists: config.checklists,
      'templates-dir': config.templatesDir ?? null,
      'allowed-signers': config.allowedSigners ?? null,
      baseline: show(baselinePath(project, config)),
      downgrades: config.downgrades,
      exclude: config.exclude,
      'fix-lock-timeout': config.settings.fixLockTimeout,
      rules: config.severities,
    };
    const sourceOf = (key: string): string => config.sources[key] ?? (key.startsWith('alembic') || key.endsWith('location') || key.endsWith('locations') ? 'alembic' : 'default');
    if (options.format === 'json') {
      const sources = Object.fromEntries(Object.keys(values).filter((k) => k !== 'rules').map((key) => [key, sourceOf(key)]));
      for (const id of Object.keys(config.severities)) sources[`rules.${id}`] = config.sources[`rules.${id}`] ?? 'default';
      global.stdout.write(`${JSON.stringify({ version: 1, values, sources }, null, 2)}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const [key, value] of Object.entries(values)) {
      if (key === 'rules') continue;
      lines.push(`${key} = ${JSON.stringify(value)}  # ${sourceOf(key)}`);
    }
    for (const [id, severity] of Object.entries(config.severities)) lines.push(`rules.${id} = "${severity}"  # ${config.sources[`rules.${id}`]}`);
    global.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
});
