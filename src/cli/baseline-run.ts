/**
 * What `check`, `baseline` and `review` share after the rules ran: drop the findings of
 * excluded version files, fingerprint the rest, and mark those the baseline file accepts.
 */
import { relative, sep } from 'node:path';
import { matchBaseline, type Baseline, type BaselineEntry, type FingerprintedFinding } from '../baseline/baseline.js';
import { excludeMatcher } from '../baseline/exclude.js';
import { fingerprintFinding } from '../baseline/fingerprint.js';
import { baselinePath, readBaseline } from '../io/fs/baseline-file.js';
import type { InputLog } from '../io/fs/input-log.js';
import type { LoadedProject } from '../io/load-project.js';
import type { Finding } from '../model/findings.js';
import { displayPath } from './format/paths.js';

/** Findings outside the `exclude` globs (relative to the configuration's folder). */
export function withoutExcluded(findings: Finding[], loaded: LoadedProject): Finding[] {
  if (loaded.config.exclude.length === 0) return findings;
  const excluded = excludeMatcher(loaded.config.exclude);
  return findings.filter((finding) => !excluded(relative(loaded.config.baseDir, finding.file).split(sep).join('/')));
}

export function fingerprintAll(findings: Finding[], loaded: LoadedProject): FingerprintedFinding[] {
  const factsByFile = new Map(loaded.migrations.map((migration) => [migration.facts.path, migration.facts]));
  return findings.map((finding) => ({ finding, fingerprint: fingerprintFinding(finding, factsByFile.get(finding.file)) }));
}

export interface BaselinedFindings {
  /** The same findings, those the baseline accepts with `baselined: true`. */
  findings: Finding[];
  /** Absolute path of the baseline file (whether or not it exists). */
  file: string;
  baseline?: Baseline;
  stale: BaselineEntry[];
  kept: BaselineEntry[];
}

/** Reads the project's baseline (a missing file baselines nothing) and marks the findings it accepts. */
export function applyProjectBaseline(findings: Finding[], loaded: LoadedProject, cwd: string, inputs?: InputLog): BaselinedFindings {
  const file = baselinePath(loaded.project, loaded.config);
  const baseline = readBaseline(file, displayPath(file, cwd), inputs);
  if (!baseline) return { findings, file, stale: [], kept: [] };
  const match = matchBaseline(fingerprintAll(findings, loaded), baseline);
  return {
    findings: findings.map((finding, index) => (match.baselined[index] ? { ...finding, baselined: true } : finding)),
    file,
    baseline,
    stale: match.stale,
    kept: match.kept,
  };
}
