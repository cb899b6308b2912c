/** The Alembic project Preflight runs on: its folders and settings (src/analysis/project reads them). */

export type Dialect = 'postgresql' | 'sqlite' | 'mysql' | 'other';

export interface AlembicProject {
  /** Directory holding the configuration file; Alembic's `%(here)s`. */
  root: string;
  /** alembic.ini, when there is one. */
  iniPath?: string;
  /** pyproject.toml, when it has a [tool.alembic] table. */
  pyprojectPath?: string;
  /** Absolute path of the script directory (env.py, script.py.mako). */
  scriptLocation: string;
  /** Absolute version folders, in configuration order. */
  versionLocations: string[];
  recursiveVersionLocations: boolean;
  /** After interpolation, e.g. `%(rev)s_%(slug)s`. */
  fileTemplate: string;
  truncateSlugLength: number;
  sqlalchemyUrl?: string;
  /** From sqlalchemy.url; undefined when the URL is absent or not a literal. */
  urlDialect?: Dialect;
  /** Where script_location and version_locations were set, for messages about the folders they name. */
  origins?: { scriptLocation: SettingOrigin; versionLocations?: SettingOrigin };
}

/** A setting's place: `alembic.ini:2` (file and line) or `pyproject.toml: [tool.alembic] script_location`. */
export interface SettingOrigin {
  file: string;
  line?: number;
  key: string;
}
