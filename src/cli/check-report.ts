/**
 * Replays `check`'s last report when nothing it read has changed (src/io/fs/report-cache.ts).
 * bin/preflight.js asks for a replay (src/cli/replay.ts) before it loads the tool itself, so a
 * replay loads neither zod nor the parsers: only discovery, to find the project's cache folder.
 */
import type { AlembicProject } from '../model/project.js';
import { discoverProject } from '../io/fs/discover.js';
import { cacheDirectory } from '../io/fs/cache-dir.js';
import type { InputLog } from '../io/fs/input-log.js';
import { readCachedReport, reportSlot, writeCachedReport, type ReportSlot } from '../io/fs/report-cache.js';
import { buildId, toolVersion } from '../io/package-paths.js';
import { projectLocation, type GlobalOptions } from './command.js';

/** What a report answers: the same command line, in the same place, with the same colours. */
export type ReportInvocation = Pick<GlobalOptions, 'cwd' | 'directory' | 'configPath' | 'color' | 'env' | 'commandArgs'>;

/** The report cache slot for this invocation, or undefined when results must not be cached. */
function reportSlotFor(invocation: ReportInvocation, project: AlembicProject): ReportSlot | undefined {
  const args = invocation.commandArgs;
  const build = buildId();
  if (!args || !build || args.includes('--no-cache')) return undefined;
  const key = {
    tool: toolVersion(),
    build,
    cwd: invocation.cwd,
    directory: invocation.directory ?? null,
    configPath: invocation.configPath ?? null,
    project: [project.iniPath ?? null, project.pyprojectPath ?? null],
    color: invocation.color,
    args,
  };
  return reportSlot(cacheDirectory(project.root, invocation.env), key);
}

/** The last report of this invocation, when nothing it was built from has changed; else check has to run. */
export function replayableCheckReport(invocation: ReportInvocation): { stdout: string; exitCode: number } | undefined {
  let project: AlembicProject;
  try {
    project = discoverProject(projectLocation(invocation));
  } catch {
    return undefined; // The real run reports the problem.
  }
  const slot = reportSlotFor(invocation, project);
  const report = slot ? readCachedReport(slot) : undefined;
  return report ? { stdout: report.stdout, exitCode: report.exitCode } : undefined;
}

export function storeCheckReport(invocation: ReportInvocation, project: AlembicProject, inputs: InputLog, stdout: string, exitCode: number): void {
  const slot = reportSlotFor(invocation, project);
  if (slot) writeCachedReport(slot, { exitCode, stdout, inputs: inputs.entries() });
}
