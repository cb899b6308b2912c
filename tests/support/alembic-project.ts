/** Writes a small, real Alembic project into a temp dir for tests. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AlembicProjectOptions {
  /** Version files: file name → content (see `revisionFile`). */
  versions?: Record<string, string>;
  /** `sqlalchemy.url` as written in alembic.ini; default `sqlite:///%(here)s/app.db`. */
  url?: string;
  /** `script_location`; default `migrations` (relative to the working directory, as `alembic init` writes it). */
  scriptLocation?: string;
  /** Replaces the standard env.py. */
  envPy?: string;
}

export interface AlembicProject {
  root: string;
  iniPath: string;
  /** The configured SQLite file (when the default URL is used). */
  dbPath: string;
  versionsDir: string;
  dispose(): Promise<void>;
}

const ALEMBIC_INI = (scriptLocation: string, url: string): string => `# A test project written by tests/support/alembic-project.ts
[alembic]
script_location = ${scriptLocation}
prepend_sys_path = .
version_path_separator = os
sqlalchemy.url = ${url}

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
`;

/** The env.py that `alembic init` writes (target_metadata = None). */
export const STANDARD_ENV_PY = `from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

config = context.config

if config.config_file_name is not None:
    fileConfig(config.config_file_name)

target_metadata = None


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
`;

const SCRIPT_PY_MAKO = `"""\${message}

Revision ID: \${up_revision}
Revises: \${down_revision | comma,n}
Create Date: \${create_date}

"""
from alembic import op
import sqlalchemy as sa
\${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = \${repr(up_revision)}
down_revision = \${repr(down_revision)}
branch_labels = \${repr(branch_labels)}
depends_on = \${repr(depends_on)}


def upgrade() -> None:
    \${upgrades if upgrades else "pass"}


def downgrade() -> None:
    \${downgrades if downgrades else "pass"}
`;

function indent(body: string): string {
  const lines = body.trim() === '' ? ['pass'] : body.replace(/^\n+|\s+$/g, '').split('\n');
  return lines.map((line) => `    ${line}`).join('\n');
}

export interface RevisionSpec {
  revision: string;
  downRevision: string | readonly string[] | null;
  /** Body of upgrade(), unindented Python. */
  upgrade: string;
  /** Body of downgrade(), unindented Python. */
  downgrade: string;
  /** Extra module-level lines (imports). */
  header?: string;
}

/** The content of a version file. */
export function revisionFile(spec: RevisionSpec): string {
  const down =
    spec.downRevision === null
      ? 'None'
      : typeof spec.downRevision === 'string'
        ? `'${spec.downRevision}'`
        : `(${spec.downRevision.map((r) => `'${r}'`).join(', ')})`;
  return `"""${spec.revision}"""
from alembic import op
import sqlalchemy as sa
${spec.header ?? ''}

revision = '${spec.revision}'
down_revision = ${down}
branch_labels = None
depends_on = None


def upgrade():
${indent(spec.upgrade)}


def downgrade():
${indent(spec.downgrade)}
`;
}

export async function writeAlembicProject(options: AlembicProjectOptions = {}): Promise<AlembicProject> {
  const root = await mkdtemp(join(tmpdir(), 'preflight-project-'));
  const scriptLocation = options.scriptLocation ?? 'migrations';
  const migrations = join(root, 'migrations');
  const versionsDir = join(migrations, 'versions');
  await mkdir(versionsDir, { recursive: true });
  const iniPath = join(root, 'alembic.ini');
  await writeFile(iniPath, ALEMBIC_INI(scriptLocation, options.url ?? 'sqlite:///%(here)s/app.db'));
  await writeFile(join(migrations, 'env.py'), options.envPy ?? STANDARD_ENV_PY);
  await writeFile(join(migrations, 'script.py.mako'), SCRIPT_PY_MAKO);
  for (const [name, content] of Object.entries(options.versions ?? {})) {
    await writeFile(join(versionsDir, name), content);
  }
  return {
    root,
    iniPath,
    dbPath: join(root, 'app.db'),
    versionsDir,
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
