/**
 * Replays `check`'s last report when nothing it read has changed (src/io/fs/report-cache.ts).
 * main() calls replayCheckReport before it loads the check command, so a replay loads neither
 * zod nor the parsers: only discovery, to find the project's cache folder.
 */
import type { AlembicProject } from '../core/project/model.js';
import { discoverProject } from '../io/fs/discover.js';
import { cacheDirectory } from '../io/fs/cache-dir.js';
import type { InputLog } from '../io/fs/input-log.js';
import { readCachedReport, reportSlot, writeCachedReport, type ReportSlot } from '../io/fs/report-cache.js';
import { buildId, toolVersion } from '../io/package-paths.js';
import { projectLocation, type GlobalOptions } from './command.js';

/** The report cache slot for this invocation, or undefined when results must not be cached. */
function reportSlotFor(global: GlobalOptions, project: AlembicProject): ReportSlot | undefined {
  const args = global.commandArgs;
  const build = buildId();
  if (!args || !build || args.includes('--no-cache')) return undefined;
  const invocation = {
    tool: toolVersion(),
    build,
    cwd: global.cwd,
    directory: global.directory ?? null,
    configPath: global.configPath ?? null,
    project: [project.iniPath ?? null, project.pyprojectPath ?? null],
    color: global.color,
    args,
  };
  return reportSlot(cacheDirectory(project.root, global.env), invocation);
}

/** The exit code of a replayed report, or undefined when check has to run. */
export function replayCheckReport(global: GlobalOptions): number | undefined {
  let project: AlembicProject;
  try {
    project = discoverProject(projectLocation(global));
  } catch {
    return undefined; // The real run reports the problem.
  }
  const slot = reportSlotFor(global, project);
  const report = slot ? readCachedReport(slot) : undefined;
  if (!report) return undefined;
  global.stdout.write(report.stdout);
  return report.exitCode;
}

export function storeCheckReport(global: GlobalOptions, project: AlembicProject, inputs: InputLog, stdout: string, exitCode: number): void {
  const slot = reportSlotFor(global, project);
  if (slot) writeCachedReport(slot, { exitCode, stdout, inputs: inputs.entries() });
}
