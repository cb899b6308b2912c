/** Props-only views of the review wizard. State lives in WizardApp; these only draw it. */
import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import type { Evidence, ItemDecision } from '../../review/checklist/decide.js';
import type { FixView, ItemAnswer, ItemStatus, NoteDraft, ReviewSubject } from '../../review/checklist/reducer.js';
import type { ChecklistItem } from '../../review/checklist/schema.js';
import type { LockTrace } from '../../review/roundtrip/lock-trace.js';
import { fixableBy, type Finding } from '../../model/findings.js';
import { downLabel } from './labels.js';
import { HELD_UNTIL_SHORT } from '../../analysis/locks/migration-locks.js';
import { terminalSafeLine } from '../../model/terminal-safe.js';
import { SPINNER_FRAMES } from '../../model/text.js';

const STATUS_LABEL: Record<ItemStatus, { mark: string; label: string; color?: string }> = {
  'auto-yes': { mark: '✔', label: 'auto yes', color: 'green' },
  'auto-no': { mark: '✘', label: 'auto no', color: 'red' },
  'auto-n/a': { mark: '–', label: 'n/a', color: 'gray' },
  'needs-you': { mark: '?', label: 'needs you', color: 'yellow' },
  yes: { mark: '✔', label: 'yes', color: 'green' },
  no: { mark: '✘', label: 'no', color: 'red' },
  'n/a': { mark: '–', label: 'n/a', color: 'gray' },
};


export function Header({ subject, position, total }: { subject: ReviewSubject; position: number; total: number }) {
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text>
        <Text bold>Preflight review</Text>
        {total > 1 ? <Text dimColor>{`  (migration ${position} of ${total})`}</Text> : null}
      </Text>
      <Text>
        <Text color="cyan">{subject.displayPath}</Text>
      </Text>
      <Text>
        {subject.revision} → {downLabel(subject.downRevision)}
        {subject.message ? <Text dimColor>{`  ${subject.message}`}</Text> : null}
      </Text>
    </Box>
  );
}

export function ItemRow({
  item,
  index,
  status,
  answer,
  focused,
  missingNote,
}: {
  item: ChecklistItem;
  index: number;
  status: ItemStatus;
  answer?: ItemAnswer;
  focused: boolean;
  /** Answered, but the answer still needs the reviewer's note. */
  missingNote?: boolean;
}) {
  const { mark, label: statusLabel, color } = STATUS_LABEL[status];
  const label = answer?.decidedBy === 'roundtrip' ? `round trip ${answer.answer}` : statusLabel;
  const overridden = answer?.decidedBy === 'reviewer' && answer.autoAnswer !== undefined && answer.autoAnswer !== answer.answer;
  return (
    <Box>
      <Text color={focused ? 'cyan' : undefined}>{focused ? '❯ ' : '  '}</Text>
      <Text color={color}>{`${mark} `}</Text>
      <Text bold={focused}>{`${index + 1}. ${item.question}`}</Text>
      <Text color={color}>{`  [${label}${overridden ? `, checks said ${answer!.autoAnswer}` : ''}]`}</Text>
      {missingNote ? <Text color="yellow">{`  needs your note (press ${answer?.answer === 'no' ? 'n' : 'y'})`}</Text> : null}
    </Box>
  );
}

/** Source lines around `line` (1-based), numbered, the line itself marked. */
export function excerpt(lines: string[], line: number, radius = 2): { number: number; text: string; marked: boolean }[] {
  const start = Math.max(1, line - radius);
  const end = Math.min(lines.length, line + radius);
  const rows = [];
  for (let n = start; n <= end; n++) rows.push({ number: n, text: lines[n - 1] ?? '', marked: n === line });
  return rows;
}

function CodeExcerpt({ lines, line }: { lines: string[]; line: number }) {
  const rows = excerpt(lines, line);
  const width = String(rows[rows.length - 1]?.number ?? line).length;
  return (
    <Box flexDirection="column" marginLeft={2}>
      {rows.map((row) => (
        <Text key={row.number} color={row.marked ? 'yellow' : undefined} dimColor={!row.marked}>
          {`${row.marked ? '>' : ' '} ${String(row.number).padStart(width)} │ ${row.text.slice(0, 100)}`}
        </Text>
      ))}
    </Box>
  );
}

export function EvidencePanel({
  item,
  decision,
  answer,
  subject,
  fixRules,
}: {
  item: ChecklistItem;
  decision?: ItemDecision;
  answer?: ItemAnswer;
  subject: ReviewSubject;
  /** Rule ids that have a fix: their findings are marked (f shows the fix). */
  fixRules?: readonly string[];
}) {
  const evidence: Evidence[] = answer?.evidence ?? decision?.evidence ?? [];
  const shown = evidence.slice(0, 3);
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} marginTop={1}>
      <Text bold>Evidence: {item.id}</Text>
      {evidence.length === 0 ? <Text dimColor>No check decides this item: it is yours to answer.</Text> : null}
      {shown.map((entry, index) => (
        <Box key={index} flexDirection="column" marginTop={index > 0 ? 1 : 0}>
          <Text>
            <Text color="cyan">{entry.line > 0 ? `${subject.displayPath}:${entry.line}` : subject.displayPath}</Text>
            {entry.rule ? <Text dimColor>{` ${entry.rule}`}</Text> : null}
            {entry.rule && !entry.suppressed && fixRules?.includes(entry.rule) ? <Text color="green">{' [f: fix]'}</Text> : null}
            {` ${entry.message}`}
            {entry.suppressed ? <Text color="yellow">{` [suppressed: ${entry.suppressReason || 'no reason'}]`}</Text> : null}
          </Text>
          {entry.line > 0 && entry.file === subject.file ? <CodeExcerpt lines={subject.sourceLines} line={entry.line} /> : null}
        </Box>
      ))}
      {evidence.length > shown.length ? <Text dimColor>{`…and ${evidence.length - shown.length} more`}</Text> : null}
      {answer?.note ? <Text>{`Note: ${answer.note}`}</Text> : null}
    </Box>
  );
}

export function HelpPanel({ item }: { item: ChecklistItem }) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} marginTop={1}>
      <Text bold>Why it matters</Text>
      <Text>{item.why}</Text>
      <Text bold>How to fix</Text>
      <Text>{item.fix}</Text>
    </Box>
  );
}

export function OtherFindingsPanel({ findings, subject, fixRules }: { findings: Finding[]; subject: ReviewSubject; fixRules?: readonly string[] }) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} marginTop={1}>
      <Text bold>Other findings ({findings.length})</Text>
      {findings.length === 0 ? <Text dimColor>None: every finding decides a checklist item.</Text> : null}
      {findings.slice(0, 8).map((finding, index) => (
        <Text key={index}>
          <Text color="cyan">{`${subject.displayPath}:${finding.line}`}</Text>
          <Text color={finding.severity === 'error' ? 'red' : finding.severity === 'warning' ? 'yellow' : 'blue'}>{` ${finding.severity}`}</Text>
          <Text dimColor>{` ${finding.rule}`}</Text>
          {fixRules && fixableBy(finding, (rule) => fixRules.includes(rule)) ? <Text color="green">{' [f: fix]'}</Text> : null}
          {` ${finding.message}`}
          {finding.suppressed ? <Text color="yellow">{' [suppressed]'}</Text> : null}
          {finding.baselined ? <Text dimColor>{' [baselined]'}</Text> : null}
        </Text>
      ))}
    </Box>
  );
}

export function SqlPanel({ subject }: { subject: ReviewSubject }) {
  const text = subject.sql?.text;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} marginTop={1}>
      <Text bold>Offline SQL (alembic upgrade --sql)</Text>
      {subject.sql === undefined ? <Text dimColor>Rendering…</Text> : null}
      {subject.sql?.error ? <Text color="red">{subject.sql.error}</Text> : null}
      {text
        ? text
            .split('\n')
            .filter((line) => line.trim())
            .slice(0, 14)
            .map((line, index) => <Text key={index}>{line.slice(0, 110)}</Text>)
        : null}
    </Box>
  );
}


/** What the upgrade locks, statement by statement (the same table as `check --verbose`). */
export function LocksPanel({ subject }: { subject: ReviewSubject }) {
  const locks = subject.locks;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} marginTop={1}>
      <Text bold>{`Locks${locks ? ` (PostgreSQL ${locks.pgVersion})` : ''}`}</Text>
      {!locks ? <Text dimColor>The lock analysis is for PostgreSQL projects (dialect in [tool.preflight]).</Text> : null}
      {locks && locks.rows.length === 0 ? <Text>The upgrade takes no lock on a table that existed before it.</Text> : null}
      {locks?.rows.slice(0, 8).map((row, index) => (
        <Box key={index} flexDirection="column">
          <Text>
            <Text color={row.lock === 'ACCESS EXCLUSIVE' ? 'red' : row.lock === 'SHARE' || row.lock === 'SHARE ROW EXCLUSIVE' ? 'yellow' : undefined}>
              {`line ${row.line}  ${terminalSafeLine(row.table)}  ${row.lock}`}
            </Text>
            {row.otherTables.map((other) => ` + ${other.lock} on ${terminalSafeLine(other.table)}`).join('')}
          </Text>
          <Text dimColor>
            {`  ${row.onNewTable ? 'a new table: blocks nobody there' : row.blocks}${row.rewrite ? ' · rewrites the table' : ''}${row.scan ? ' · reads every row' : ''} · held until ${HELD_UNTIL_SHORT[row.heldUntil]}`}
          </Text>
        </Box>
      ))}
      {locks && locks.rows.length > 8 ? <Text dimColor>{`… ${locks.rows.length - 8} more (preflight check --verbose lists all)`}</Text> : null}
      {subject.lockTrace ? <LockTraceLines trace={subject.lockTrace} /> : locks ? <Text dimColor>r runs the round trip; with a PostgreSQL --database-url it also traces these locks on seeded rows</Text> : null}
    </Box>
  );
}

/** The round trip's lock trace under the static rows: each statement's measured locks, and where they disagree. */
function LockTraceLines({ trace }: { trace: LockTrace }) {
  const rows = trace.statements.filter((row) => row.expected !== null || row.error !== null);
  const disagreements = trace.statements.flatMap((row) => row.disagreements);
  const summary = disagreements.length > 0
    ? `Lock trace (PostgreSQL ${trace.serverVersion}, seeded rows): ${disagreements.length} disagreement(s) with the table above`
    : `Lock trace (PostgreSQL ${trace.serverVersion}, seeded rows): agrees on ${trace.complete ? 'every statement' : `the ${rows.filter((row) => !row.error).length} statement(s) before it stopped`}`;
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold color={disagreements.length > 0 ? 'red' : 'green'}>{summary}</Text>
      {rows.slice(0, 6).map((row, index) => (
        <Text key={index} color={row.error || row.disagreements.length > 0 ? 'red' : undefined}>
          {terminalSafeLine(
            `  ${row.sql.replace(/^(?:--[^\n]*\n\s*)+/, '').replace(/\s+/g, ' ').slice(0, 48)} → ${
              row.error ? `failed: ${row.error}` : Object.entries(row.taken).map(([table, modes]) => `${table} ${modes.join('+')}${row.rewritten.includes(table) ? ' rewrite' : ''}`).join(', ') || 'no new lock'
            }`,
          )}
        </Text>
      ))}
      {rows.length > 6 ? <Text dimColor>{`… ${rows.length - 6} more (preflight roundtrip --locks lists all)`}</Text> : null}
      {disagreements.slice(0, 4).map((text, index) => (
        <Text key={`d${index}`} color="red">{terminalSafeLine(`  ${text}`)}</Text>
      ))}
    </Box>
  );
}

export function NoteEditor({ note, item, status }: { note: NoteDraft; item: ChecklistItem; status?: string }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="yellow" paddingX={1} marginTop={1}>
      <Text bold>{`Answer "${note.answer}" to: ${item.question}`}</Text>
      <Text>{item.notePrompt ?? (note.answer === 'no' ? 'Why, and what will you do about it?' : 'Why do you answer differently from the checks?')}</Text>
      <Text>
        <Text color="cyan">{'> '}</Text>
        {note.text}
        <Text inverse> </Text>
      </Text>
      {status ? <Text color="red">{status}</Text> : null}
      <Text dimColor>Enter save · Esc back to the list · Ctrl-C abort</Text>
    </Box>
  );
}

export function Summary({
  items,
  answers,
  blocking,
  status,
  signing,
}: {
  items: ChecklistItem[];
  answers: Record<string, ItemAnswer>;
  blocking: ChecklistItem[];
  status?: string;
  signing: 'signed' | 'unsigned' | 'needs-key';
}) {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} marginTop={1}>
      <Text bold>Summary</Text>
      {items.map((item) => {
        const answer = answers[item.id];
        return (
          <Text key={item.id}>
            {`${item.id}: `}
            <Text color={answer?.answer === 'no' ? 'red' : answer ? 'green' : 'yellow'}>{answer ? answer.answer : 'unanswered'}</Text>
            <Text dimColor>{answer ? ` (${answer.decidedBy})` : ''}</Text>
            {answer?.note ? <Text dimColor>{` — ${answer.note.slice(0, 60)}`}</Text> : null}
          </Text>
        );
      })}
      {blocking.length > 0 ? (
        <Text color="red">{`Blocking (answered "no"): ${blocking.map((item) => item.id).join(', ')}`}</Text>
      ) : (
        <Text color="green">Nothing blocking.</Text>
      )}
      {status ? <Text color="red">{status}</Text> : null}
      {signing === 'needs-key' ? (
        <Text color="yellow">No signing key in git config: press u to write the record unsigned (see the setup commands after exit).</Text>
      ) : null}
      <Text>
        {signing === 'needs-key' ? 'u write unsigned' : `w write the ${signing} record`} · b back · q abort
      </Text>
    </Box>
  );
}

export function KeyHelp({ canRoundTrip, canFix }: { canRoundTrip: boolean; canFix: boolean }) {
  return (
    <Box marginTop={1}>
      <Box flexDirection="column">
        <Text dimColor>{'↑/↓ j/k move · y/n/a answer · s summary · q/Esc abort'}</Text>
        <Text dimColor>{`Enter evidence · ? why · o other findings · l SQL · K locks${canRoundTrip ? ' · r round trip' : ''}${canFix ? ' · f fix (in evidence/other)' : ''}`}</Text>
      </Box>
    </Box>
  );
}

/** How many diff lines the fix view shows: the list, the header and the panel still fit a 40-row terminal. */
const DIFF_LINES = 20;

function diffColor(line: string): string | undefined {
  if (line.startsWith('@@')) return 'cyan';
  if (line.startsWith('+++') || line.startsWith('---')) return undefined;
  if (line.startsWith('+')) return 'green';
  if (line.startsWith('-')) return 'red';
  return undefined;
}

/** The fix of one finding (f): its unified diff, or why there is none; y writes it. */
export function FixPanel({ fix, subject }: { fix: FixView; subject: ReviewSubject }) {
  const finding = fix.targets[fix.at]!;
  const { stage } = fix;
  const lines = stage.kind === 'proposed' || stage.kind === 'applying' ? stage.diff.replace(/\n$/, '').split('\n') : [];
  const next = fix.targets.length > 1 ? ' · f next finding' : '';
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="cyan" paddingX={1} marginTop={1}>
      <Text>
        <Text bold>{`Fix for ${terminalSafeLine(subject.displayPath)}:${finding.line} ${finding.rule}`}</Text>
        {fix.targets.length > 1 ? <Text dimColor>{`  (finding ${fix.at + 1} of ${fix.targets.length})`}</Text> : null}
      </Text>
      <Text dimColor>{terminalSafeLine(finding.message)}</Text>
      {stage.kind === 'planning' ? <Text dimColor>Computing the fix (the checks of check --fix --diff)…</Text> : null}
      {stage.kind === 'unavailable' ? <Text color="yellow">{terminalSafeLine(stage.reason)}</Text> : null}
      {stage.kind === 'awaiting-value' ? (
        <Box flexDirection="column" marginTop={1}>
          <Text>{`${terminalSafeLine(stage.value.prompt)}${stage.value.type ? ` (${terminalSafeLine(stage.value.type)})` : ''}:`}</Text>
          <Text>
            <Text color="cyan">{'> '}</Text>
            {terminalSafeLine(stage.text)}
            <Text inverse> </Text>
          </Text>
          {stage.problem ? <Text color="yellow">{terminalSafeLine(stage.problem)}</Text> : null}
          <Text dimColor>{`The same as check --fix --fix-value ${terminalSafeLine(stage.value.key)}=VALUE: a number, true/false, or text (quotes optional).`}</Text>
        </Box>
      ) : null}
      {stage.kind === 'proposed' || stage.kind === 'applying' ? <Text>{`The fix: ${terminalSafeLine(stage.description)}`}</Text> : null}
      {lines.length > 0 ? (
        <Box flexDirection="column" marginTop={1}>
          {lines.slice(0, DIFF_LINES).map((line, index) => (
            <Text key={index} color={diffColor(line)} bold={line.startsWith('+++') || line.startsWith('---')}>
              {terminalSafeLine(line).slice(0, 110)}
            </Text>
          ))}
          {lines.length > DIFF_LINES ? <Text dimColor>{`… ${lines.length - DIFF_LINES} more lines (preflight check --fix --diff shows the whole diff)`}</Text> : null}
        </Box>
      ) : null}
      {stage.kind === 'applying' ? <StepSpinner label="applying: writing the file, loading and rendering it in Alembic, checking it again" /> : null}
      <Text dimColor>
        {stage.kind === 'proposed'
          ? `y apply (writes the file, then Alembic loads and renders it) · n/Esc back${next} · q abort`
          : stage.kind === 'applying'
            ? 'q/Ctrl-C abort (the file is fixed or restored before exit)'
            : stage.kind === 'awaiting-value'
              ? 'Enter show the fix with this value · Esc back'
              : `n/Esc back${next} · q abort`}
      </Text>
    </Box>
  );
}

/** A spinner naming the step that runs (the round trip's upgrade/downgrade steps). */
export function StepSpinner({ label }: { label: string }) {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setFrame((current) => (current + 1) % SPINNER_FRAMES.length), 80);
    return () => clearInterval(timer);
  }, []);
  return <Text color="cyan">{`${SPINNER_FRAMES[frame]} ${label}…`}</Text>;
}
