/**
 * The Ink review wizard: maps keys to WizardActions and draws the state. All
 * decisions live in wizardReducer; side effects (write the record, render SQL,
 * run the round trip) are injected services whose results come back as actions.
 */
import { useEffect, useReducer, useRef, useState } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import {
  blockingItems,
  currentAnswers,
  currentSubject,
  decisionFor,
  itemStatus,
  needsNote,
  wizardReducer,
  type FixResult,
  type ReviewSubject,
  type WizardAction,
  type WizardState,
} from '../../review/checklist/reducer.js';
import type { Finding } from '../../model/findings.js';
import type { RoundTripVerdicts } from '../../review/roundtrip/report.js';
import { keyToAction, splitKeys } from './keys.js';
import { terminalSafeLine } from '../../model/terminal-safe.js';
import { StepSpinner, EvidencePanel, FixPanel, Header, HelpPanel, ItemRow, KeyHelp, LocksPanel, NoteEditor, OtherFindingsPanel, SqlPanel, Summary } from './components.js';

/** Fixing a finding (f): `check --fix`'s planner and writer, run by the command. */
export interface FixServices {
  /** The rule ids that have a fix (the panels mark their findings; f starts at the first one). */
  rules: readonly string[];
  /** The fix of one finding of the current migration: its unified diff, or why there is none. */
  propose(state: WizardState, finding: Finding, value?: { key: string; text: string }): Promise<FixResult>;
  /** Writes the proposed fix (atomically, loaded in Alembic) and analyses the migration again; or why it was not applied. */
  apply(state: WizardState, finding: Finding): Promise<{ ok: true; subject: ReviewSubject; description: string } | { ok: false; reason: string }>;
}

export interface WizardServices {
  /** Writes the current subject's record; resolves to the path shown to the user. */
  writeRecord(state: WizardState, unsigned: boolean): Promise<string>;
  /** Whether records can be signed; false → the summary offers to write unsigned. */
  signing: 'signed' | 'unsigned' | 'needs-key';
  renderSql?(state: WizardState): Promise<{ text?: string; error?: string }>;
  roundTrip?(state: WizardState, onStep: (step: string) => void): Promise<RoundTripVerdicts>;
  fix?: FixServices;
}

export interface WizardProps {
  initialState: WizardState;
  services: WizardServices;
  /** Called once with the final state (done or aborted). */
  onExit(state: WizardState): void;
}

export function Wizard({ initialState, services, onExit }: WizardProps) {
  const [state, dispatch] = useReducer(wizardReducer, initialState);
  const [unsignedConfirmed, setUnsignedConfirmed] = useState(false);
  const { exit } = useApp();

  useEffect(() => {
    if (state.phase !== 'writing') return;
    let cancelled = false;
    services.writeRecord(state, unsignedConfirmed).then(
      (path) => !cancelled && dispatch({ type: 'record-written', path }),
      (error: Error) => !cancelled && dispatch({ type: 'write-failed', message: error.message.split('\n')[0]! }),
    );
    return () => {
      cancelled = true;
    };
    // Only a phase change starts a write.
  }, [state.phase, state.index]);

  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'aborted') {
      onExit(state);
      exit();
    }
  }, [state.phase]);

  useEffect(() => {
    if (state.panel !== 'sql' || currentSubject(state)?.sql) return;
    if (!services.renderSql) {
      // Without the service the panel would say "Rendering…" forever.
      dispatch({ type: 'sql-rendered', error: 'offline SQL is not available: no Python with Alembic was found (see --python)' });
      return;
    }
    const sha256 = currentSubject(state)!.sha256;
    services.renderSql(state).then((result) => dispatch({ type: 'sql-rendered', ...result, sha256 }));
  }, [state.panel, state.index]);

  // The reducer is pure, so the view can run it ahead of React to map each key of a chunk on the latest state.
  const latest = useRef(state);
  latest.current = state;
  const send = (action: WizardAction): void => {
    latest.current = wizardReducer(latest.current, action);
    dispatch(action);
  };

  const startRoundTrip = (): void => {
    // `latest`, not the render's `state`: a second r typed before React re-renders must not start another run.
    if (!services.roundTrip || latest.current.running) return;
    const subjectState = latest.current;
    send({ type: 'roundtrip-started', step: 'starting' });
    services
      .roundTrip(subjectState, (step) => send({ type: 'roundtrip-started', step }))
      .then(
        (verdicts) => send({ type: 'roundtrip-finished', verdicts }),
        (error: Error) =>
          send({
            type: 'roundtrip-finished',
            // A run that never happened answers nothing: its error is evidence only.
            verdicts: {
              ok: false,
              dataChecked: false,
              items: { reversible: { evidence: [{ file: currentSubject(subjectState)!.file, line: 0, message: `round trip could not run: ${error.message.split('\n')[0]}` }] } },
            },
          }),
      );
  };

  /** Asks the planner about the finding the fix view shows, once it waits for that. */
  const planFix = (): void => {
    const fix = latest.current.fix;
    if (!services.fix || fix?.stage.kind !== 'planning') return;
    const finding = fix.targets[fix.at]!;
    services.fix.propose(latest.current, finding, fix.stage.value).then(
      (result) => send({ type: 'fix-planned', finding, result }),
      (error: Error) => send({ type: 'fix-planned', finding, result: { kind: 'unavailable', reason: `the fix could not be computed: ${error.message.split('\n')[0]}` } }),
    );
  };

  const applyFix = (): void => {
    const fix = latest.current.fix;
    if (!services.fix || fix?.stage.kind !== 'applying') return;
    const finding = fix.targets[fix.at]!;
    services.fix.apply(latest.current, finding).then(
      (result) => send(result.ok ? { type: 'fix-applied', finding, subject: result.subject, description: result.description } : { type: 'fix-failed', finding, reason: result.reason }),
      (error: Error) => send({ type: 'fix-failed', finding, reason: `not applied: ${error.message.split('\n')[0]}` }),
    );
  };

  useInput((input, key) => {
    for (const single of splitKeys(latest.current, input, key)) {
      const action = keyToAction(latest.current, single, key, services.signing, services.fix?.rules);
      if (!action) continue;
      if (action.type === 'start-roundtrip') {
        startRoundTrip();
        continue;
      }
      if (action.type === 'write-unsigned') {
        setUnsignedConfirmed(true);
        send({ type: 'confirm-write' });
        continue;
      }
      const before = latest.current.fix;
      send(action);
      // The planner and the writer start when the reducer moved to them (a repeated y must not write twice).
      const after = latest.current.fix;
      if (after !== before && after?.stage.kind === 'planning') planFix();
      if (after !== before && after?.stage.kind === 'applying') applyFix();
    }
  });

  const subject = currentSubject(state);
  if (!subject) return <Text>Nothing to review.</Text>;
  // The records are written by the command after the wizard exits; it prints their paths.
  if (state.phase === 'done') return <Text color="green">{`Review complete (${state.written.length} migration${state.written.length === 1 ? '' : 's'}).`}</Text>;
  if (state.phase === 'aborted') {
    // A fix written (or being written) changed a migration: "nothing was written" would not be true.
    const fixing = state.fixed.length > 0 || state.fix?.stage.kind === 'applying';
    return <Text color="yellow">{fixing ? 'Review aborted: no review record was written (the fixes applied are listed below).' : 'Review aborted: nothing was written.'}</Text>;
  }

  const items = state.checklist.items;
  const answers = currentAnswers(state);
  const focusedItem = items[state.focus]!;
  const noteItem = state.note ? items.find((item) => item.id === state.note!.itemId) : undefined;
  return (
    <Box flexDirection="column">
      <Header subject={subject} position={state.index + 1} total={state.subjects.length} />
      {items.map((item, index) => {
        const answer = answers[item.id];
        return (
          <ItemRow
            key={item.id}
            item={item}
            index={index}
            status={itemStatus(state, item.id)}
            focused={index === state.focus && state.phase === 'items'}
            missingNote={answer !== undefined && needsNote(item, answer)}
            {...(answer ? { answer } : {})}
          />
        );
      })}
      {subject.otherFindings.length > 0 && state.panel !== 'other' ? (
        <Text dimColor>{`  + ${subject.otherFindings.length} other finding(s): press o`}</Text>
      ) : null}
      {state.running ? <StepSpinner label={`round trip: ${state.running}`} /> : null}
      {state.fix ? <FixPanel fix={state.fix} subject={subject} /> : null}
      {noteItem && state.note ? <NoteEditor note={state.note} item={noteItem} {...(state.status ? { status: state.status } : {})} /> : null}
      {!state.note && !state.fix && state.phase === 'items' && state.panel === 'evidence' ? (
        <EvidencePanel
          item={focusedItem}
          subject={subject}
          {...(decisionFor(state, focusedItem.id) ? { decision: decisionFor(state, focusedItem.id)! } : {})}
          {...(answers[focusedItem.id] ? { answer: answers[focusedItem.id]! } : {})}
          {...(services.fix ? { fixRules: services.fix.rules } : {})}
        />
      ) : null}
      {!state.note && !state.fix && state.panel === 'help' ? <HelpPanel item={focusedItem} /> : null}
      {!state.note && !state.fix && state.panel === 'other' ? <OtherFindingsPanel findings={subject.otherFindings} subject={subject} {...(services.fix ? { fixRules: services.fix.rules } : {})} /> : null}
      {!state.note && !state.fix && state.panel === 'sql' ? <SqlPanel subject={subject} /> : null}
      {!state.note && !state.fix && state.panel === 'locks' ? <LocksPanel subject={subject} /> : null}
      {state.phase === 'summary' || state.phase === 'writing' ? (
        <Summary
          items={items}
          answers={answers}
          blocking={blockingItems(state)}
          signing={services.signing}
          {...(state.status ? { status: state.status } : {})}
        />
      ) : null}
      {state.phase === 'writing' ? <Text color="cyan">Writing the review record…</Text> : null}
      {state.phase === 'items' && !state.note && !state.fix ? (
        <>
          {state.fixNotice ? <Text color="green">{`✔ ${terminalSafeLine(state.fixNotice)}`}</Text> : null}
          {state.status ? <Text color="yellow">{state.status}</Text> : null}
          <KeyHelp canRoundTrip={services.roundTrip !== undefined} canFix={services.fix !== undefined} />
        </>
      ) : null}
    </Box>
  );
}
