/**
 * The one git client: simple-git, set up the same way for every caller. With an explicit
 * environment (tests, `review` reading another HOME's config) the GIT_CONFIG_* variables must reach
 * git so it reads the configuration the user's git reads; simple-git refuses them unless told.
 */
import { simpleGit, type SimpleGit } from 'simple-git';
import { UserError } from '../../model/errors.js';

export type GitClient = SimpleGit;

// Preflight's git commands (config, rev-parse, diff, merge-base, status, add, commit of records)
// run no editor, pager, askpass, ssh or gpg of the repository's choosing.
const UNSAFE_ALLOWED_FOR_ENV = {
  allowUnsafeConfigPaths: true,
  allowUnsafeConfigEnvCount: true,
  allowUnsafeEditor: true,
  allowUnsafePager: true,
  allowUnsafeAskPass: true,
  allowUnsafeSshCommand: true,
  allowUnsafeGpgProgram: true,
};

export interface GitClientOptions {
  env?: NodeJS.ProcessEnv;
  /** Kill git after this long without output. None by default: `git commit` may run the repository's hooks. */
  timeoutMs?: number;
}

/** A git client for `dir`; a one-line UserError when the folder does not exist. */
export function gitClient(dir: string, { env, timeoutMs }: GitClientOptions = {}): GitClient {
  try {
    const options = {
      baseDir: dir,
      binary: 'git',
      maxConcurrentProcesses: 2,
      trimmed: true,
      ...(timeoutMs === undefined ? {} : { timeout: { block: timeoutMs } }),
    };
    if (env === undefined || env === process.env) return simpleGit(options);
    return simpleGit({ ...options, unsafe: UNSAFE_ALLOWED_FOR_ENV }).env(definedOnly(env));
  } catch (error) {
    // simple-git throws synchronously when baseDir does not exist.
    throw new UserError(`cannot run git in ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) result[name] = value;
  return result;
}
