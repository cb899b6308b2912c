/**
 * Finds and reads Preflight's configuration: `.preflight.toml` (whole file) or
 * `[tool.preflight]` in `pyproject.toml`, in the project root; `.preflight.toml`
 * wins when both exist (as ruff.toml wins over pyproject.toml in ruff).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseToml } from './toml.js';
import { resolveConfig, validateConfig, type EffectiveConfig } from '../../core/config/schema.js';
import { UserError } from '../../core/errors.js';
import type { AlembicProject } from '../../core/project/model.js';
import type { InputLog } from './input-log.js';

export function loadConfig(project: AlembicProject, cwd: string, inputs?: InputLog): EffectiveConfig {
  const candidates = [join(project.root, '.preflight.toml'), join(project.root, 'pyproject.toml')];
  for (const path of candidates) {
    if (!existsSync(path)) {
      inputs?.absent(path);
      continue;
    }
    const document = readToml(path, inputs);
    const isPyproject = path.endsWith('pyproject.toml');
    const table = isPyproject ? (document['tool'] as Record<string, unknown> | undefined)?.['preflight'] : document;
    if (table === undefined) continue;
    const shown = relative(cwd, path) || path;
    const where = isPyproject ? `${shown} [tool.preflight]` : shown;
    return resolveConfig(validateConfig(table, where), {
      source: shown,
      baseDir: project.root,
      ...(project.urlDialect ? { urlDialect: project.urlDialect } : {}),
    });
  }
  return resolveConfig({}, {
    source: 'default',
    baseDir: project.root,
    ...(project.urlDialect ? { urlDialect: project.urlDialect } : {}),
  });
}

function readToml(path: string, inputs?: InputLog): Record<string, unknown> {
  try {
    const text = readFileSync(path, 'utf8');
    inputs?.file(path, text);
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { line?: number }).line;
    const message = String((error as Error).message ?? error).split('\n')[0];
    throw new UserError(`${path}${line ? `:${line}` : ''}: invalid TOML: ${message}`);
  }
}
