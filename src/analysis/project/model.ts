/**
 * The model of an Alembic project: where the scripts live and how new files are
 * named. Built from alembic.ini text and/or pyproject.toml's [tool.alembic]
 * table (already parsed), the way Alembic itself reads them.
 */
import { isAbsolute, join, normalize, resolve } from 'node:path';
import { UserError, locatedMessage } from '../../model/errors.js';
import type { AlembicProject, Dialect, SettingOrigin } from '../../model/project.js';
import { parseIni, readOption } from './ini.js';

/** `file:line: message` for a setting from alembic.ini, `file: [tool.alembic] key: message` for pyproject.toml. */
export function settingMessage(origin: SettingOrigin, message: string): string {
  return origin.line === undefined ? `${origin.file}: [tool.alembic] ${origin.key}: ${message}` : `${origin.file}:${origin.line}: ${origin.key}: ${message}`;
}

export const DEFAULT_FILE_TEMPLATE = '%(rev)s_%(slug)s';
export const DEFAULT_TRUNCATE_SLUG_LENGTH = 40;

/** Alembic's version_path_separator values; absent means the legacy space/comma split. */
const PATH_SEPARATORS: Record<string, string> = { space: ' ', os: ':', ':': ':', ';': ';', newline: '\n' };

/** True when alembic.ini sets script_location itself (else Alembic ≥ 1.16 takes it from pyproject.toml). */
export function iniHasScriptLocation(iniText: string, iniPath: string): boolean {
  return parseIni(iniText, iniPath).sections.get('alembic')?.has('script_location') === true;
}

export function projectFromIni(iniText: string, iniPath: string, root: string): AlembicProject {
  const document = parseIni(iniText, iniPath);
  const defaults = { here: root };
  const option = (key: string) => readOption(document, 'alembic', key, iniPath, defaults);
  const scriptLocation = option('script_location');
  if (!scriptLocation) {
    const header = document.headerLines.get('alembic');
    throw new UserError(
      header === undefined
        ? `${iniPath}: no [alembic] section (Alembic reads script_location from it)`
        : locatedMessage(iniPath, header, 'no script_location in the [alembic] section'),
    );
  }
  if (scriptLocation.value.trim() === '') {
    throw new UserError(locatedMessage(iniPath, scriptLocation.line, 'script_location is empty; set it to the folder with env.py'));
  }
  const separatorName = option('version_path_separator')?.value;
  const versionLocations = option('version_locations');
  let locations: string[] | undefined;
  if (versionLocations) {
    if (separatorName !== undefined && !(separatorName in PATH_SEPARATORS)) {
      throw new UserError(
        `${iniPath}:${option('version_path_separator')!.line}: version_path_separator must be space, os, ':', ';' or newline`,
      );
    }
    const separator = separatorName === undefined ? /, *| +/ : PATH_SEPARATORS[separatorName]!;
    locations = versionLocations.value.split(separator).map((part) => part.trim()).filter(Boolean);
  }
  const truncate = option('truncate_slug_length');
  const url = option('sqlalchemy.url')?.value;
  return buildProject({
    root,
    iniPath,
    scriptLocation: scriptLocation.value,
    versionLocations: locations,
    recursive: option('recursive_version_locations')?.value === 'true',
    fileTemplate: option('file_template')?.value,
    truncateSlugLength: truncate ? parseTruncate(truncate.value, `${iniPath}:${truncate.line}`) : undefined,
    sqlalchemyUrl: url,
    origins: {
      scriptLocation: { file: iniPath, line: scriptLocation.line, key: 'script_location' },
      ...(versionLocations ? { versionLocations: { file: iniPath, line: versionLocations.line, key: 'version_locations' } } : {}),
    },
  });
}

/** The [tool.alembic] table of pyproject.toml (Alembic ≥ 1.16), already parsed from TOML. */
export function projectFromPyproject(
  table: Record<string, unknown>,
  pyprojectPath: string,
  root: string,
  ini?: { text: string; path: string },
): AlembicProject {
  const where = (key: string) => `${pyprojectPath}: [tool.alembic] ${key}`;
  const str = (key: string): string | undefined => {
    const value = table[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new UserError(`${where(key)} must be a string`);
    return value.replace(/%\(here\)s/g, root).replace(/%%/g, '%');
  };
  const scriptLocation = str('script_location');
  if (scriptLocation === undefined) throw new UserError(`${where('script_location')} is missing`);
  if (scriptLocation.trim() === '') throw new UserError(`${where('script_location')} is empty; set it to the folder with env.py`);
  const rawLocations = table['version_locations'];
  let locations: string[] | undefined;
  if (rawLocations !== undefined) {
    if (!Array.isArray(rawLocations) || !rawLocations.every((item) => typeof item === 'string')) {
      throw new UserError(`${where('version_locations')} must be a list of strings`);
    }
    locations = rawLocations.map((item) => item.replace(/%\(here\)s/g, root));
  }
  const truncate = table['truncate_slug_length'];
  if (truncate !== undefined && (typeof truncate !== 'number' || !Number.isInteger(truncate) || truncate < 1)) {
    throw new UserError(`${where('truncate_slug_length')} must be a positive integer`);
  }
  // The database URL stays in alembic.ini even when the rest moved to pyproject.toml.
  const url = ini ? readOption(parseIni(ini.text, ini.path), 'alembic', 'sqlalchemy.url', ini.path, { here: root })?.value : undefined;
  return buildProject({
    root,
    pyprojectPath,
    ...(ini ? { iniPath: ini.path } : {}),
    scriptLocation,
    versionLocations: locations,
    recursive: table['recursive_version_locations'] === true,
    fileTemplate: str('file_template'),
    truncateSlugLength: truncate as number | undefined,
    sqlalchemyUrl: url,
    origins: {
      scriptLocation: { file: pyprojectPath, key: 'script_location' },
      ...(locations ? { versionLocations: { file: pyprojectPath, key: 'version_locations' } } : {}),
    },
  });
}

function parseTruncate(value: string, where: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new UserError(`${where}: truncate_slug_length must be a positive integer`);
  return parsed;
}

interface ProjectParts {
  root: string;
  iniPath?: string;
  pyprojectPath?: string;
  scriptLocation: string;
  versionLocations: string[] | undefined;
  recursive: boolean;
  fileTemplate: string | undefined;
  truncateSlugLength: number | undefined;
  sqlalchemyUrl: string | undefined;
  origins: NonNullable<AlembicProject['origins']>;
}

function buildProject(parts: ProjectParts): AlembicProject {
  if (/^[\w.]+:[\w./]+$/.test(parts.scriptLocation) && !isAbsolute(parts.scriptLocation)) {
    throw new UserError(
      `script_location ${parts.scriptLocation} is a package resource; Preflight needs a directory path`,
    );
  }
  const scriptLocation = absolute(parts.root, parts.scriptLocation);
  const versionLocations = parts.versionLocations?.length
    ? parts.versionLocations.map((location) => absolute(parts.root, location))
    : [join(scriptLocation, 'versions')];
  const url = parts.sqlalchemyUrl?.trim();
  return {
    root: parts.root,
    ...(parts.iniPath ? { iniPath: parts.iniPath } : {}),
    ...(parts.pyprojectPath ? { pyprojectPath: parts.pyprojectPath } : {}),
    scriptLocation,
    versionLocations,
    recursiveVersionLocations: parts.recursive,
    fileTemplate: parts.fileTemplate ?? DEFAULT_FILE_TEMPLATE,
    truncateSlugLength: parts.truncateSlugLength ?? DEFAULT_TRUNCATE_SLUG_LENGTH,
    ...(url ? { sqlalchemyUrl: url } : {}),
    ...(url ? { urlDialect: dialectOfUrl(url) } : {}),
    origins: parts.origins,
  };
}

/** Alembic resolves relative locations against the current directory; users run it from the ini's folder. */
function absolute(root: string, location: string): string {
  return normalize(isAbsolute(location) ? location : resolve(root, location));
}

export function dialectOfUrl(url: string): Dialect | undefined {
  const scheme = /^([a-z0-9]+)(\+[a-z0-9_]+)?:\/\//i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return undefined;
  if (scheme === 'postgresql' || scheme === 'postgres') return 'postgresql';
  if (scheme === 'sqlite') return 'sqlite';
  if (scheme === 'mysql' || scheme === 'mariadb') return 'mysql';
  return 'other';
}
