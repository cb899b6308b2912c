/**
 * A throwaway PostgreSQL server for tests: initdb into a temp dir, trust auth, listening on
 * 127.0.0.1 (a free port) and a unix socket in the temp dir only. PostgreSQL refuses to run as
 * root, so as root the server runs as `postgres` (or `nobody`) through runuser.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface PostgresServer {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres` (superuser, trust auth). */
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/** Directory holding initdb / pg_ctl: $PREFLIGHT_PG_BIN, Debian's newest /usr/lib/postgresql/N/bin, or PATH. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const has = (dir: string): boolean => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  if (env.PREFLIGHT_PG_BIN) return has(env.PREFLIGHT_PG_BIN) ? env.PREFLIGHT_PG_BIN : undefined;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = join(debian, version, 'bin');
      if (has(dir)) return dir;
    }
  }
  return (env.PATH ?? '').split(delimiter).find((dir) => dir && has(dir));
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

function systemUser(name: string): { uid: number; gid: number } | undefined {
  for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
    const fields = line.split(':');
    if (fields[0] === name && fields[2] && fields[3]) return { uid: Number(fields[2]), gid: Number(fields[3]) };
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPostgres(options: { binDir?: string; timeoutMs?: number } = {}): Promise<PostgresServer> {
  const binDir = options.binDir ?? findPostgresBin();
  if (!binDir) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found; set PREFLIGHT_PG_BIN');
  const timeoutMs = options.timeoutMs ?? 60_000;

  const dir = await mkdtemp(join(tmpdir(), 'preflight-pg-'));
  const data = join(dir, 'data');
  let asUser: (command: string, args: string[]) => [string, string[]] = (command, args) => [command, args];
  if (process.getuid?.() === 0) {
    const name = systemUser('postgres') ? 'postgres' : 'nobody';
    const user = systemUser(name);
    if (!user) throw new Error('running as root and neither a postgres nor a nobody user exists');
    await chown(dir, user.uid, user.gid);
    asUser = (command, args) => ['runuser', ['-u', name, '--', command, ...args]];
  }
  const pg = (tool: string, args: string[]): Promise<string> => run(...asUser(join(binDir, tool), args), timeoutMs);

  try {
    await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    let port = 0;
    // A free port can be taken between probing and binding; try a few.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const serverOptions = [
        '-c listen_addresses=127.0.0.1',
        `-p ${port}`,
        `-k ${dir}`,
        '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
      ].join(' ');
      try {
        await pg('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', serverOptions, 'start']);
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    let stopped: Promise<void> | undefined;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      dir,
      stop: () =>
        (stopped ??= (async () => {
          try {
            await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        })()),
    };
  } catch (error) {
    let log = '';
    try {
      log = readFileSync(join(dir, 'server.log'), 'utf8');
    } catch {
      // No log yet: initdb failed.
    }
    await rm(dir, { recursive: true, force: true });
    throw new Error(`${error instanceof Error ? error.message : String(error)}${log ? `\nserver.log:\n${log}` : ''}`, { cause: error });
  }
}
