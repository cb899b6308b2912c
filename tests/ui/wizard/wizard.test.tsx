import type { RoundTripVerdicts } from '../../../src/review/roundtrip/report.js';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { WizardState } from '../../../src/review/checklist/reducer.js';
import { Wizard, type WizardServices } from '../../../src/ui/wizard/Wizard.js';
import { badSubject, CHECKLIST, cleanSubject, stateFor } from '../../support/review-fixtures.js';
import { DIFF, FIX_RULES, fixedHead, SA2_ITEM, teamState } from '../../support/fix-fixtures.js';

const KEY = {
  enter: '\r',
  escape: '\u001B',
  ctrlC: '\u0003',
  down: '\u001B[B',
  up: '\u001B[A',
  backspace: '\u007F',
};

const pause = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

type WriteRecord = (state: WizardState, unsigned: boolean) => Promise<string>;

interface Mounted {
  stdin: ReturnType<typeof render>['stdin'];
  unmount(): void;
  writeRecord: Mock<WriteRecord>;
  onExit: Mock<(state: WizardState) => void>;
  frame(): string;
  press(...keys: string[]): Promise<void>;
  type(text: string): Promise<void>;
  row(n: number): string;
  focusedRow(): string;
}
const mounted: Mounted[] = [];

function mount(initialState: WizardState, services: Partial<WizardServices> = {}): Mounted {
  /**
   * Runs `input` and waits for the frame it causes: a fixed pause is flaky on a loaded
   * machine. A key that changes nothing draws nothing, so the wait ends after 250 ms.
   */
  const settle = async (input: () => void): Promise<void> => {
    const before = app.frames.length;
    input();
    const deadline = Date.now() + 250;
    while (app.frames.length === before && Date.now() < deadline) await pause(5);
    await pause(10);
  };
  const writeRecord = vi.fn<WriteRecord>(async (state) => `migrations/reviews/${state.subjects[state.index]!.revision}.json`);
  const onExit = vi.fn<(state: WizardState) => void>();
  const allServices: WizardServices = { writeRecord, signing: 'unsigned', ...services };
  const app = render(<Wizard initialState={initialState} services={allServices} onExit={onExit} />);
  const view: Mounted = {
    stdin: app.stdin,
    unmount: () => app.unmount(),
    writeRecord: allServices.writeRecord as Mock<WriteRecord>,
    onExit,
    frame: () => app.lastFrame() ?? '',
    /** Writes each key as its own chunk, then waits until Ink has drawn (or nothing changed). */
    async press(...keys: string[]) {
      for (const key of keys) await settle(() => app.stdin.write(key));
    },
    /** Types text as one chunk (a fast typist or a paste). */
    async type(text: string) {
      await settle(() => app.stdin.write(text));
    },
    /** The row of item `n` (1-based) in the current frame. */
    row(n: number): string {
      return view.frame().split('\n').find((line) => line.includes(`${n}. ${CHECKLIST.items[n - 1]!.question}`)) ?? '';
    },
    focusedRow(): string {
      return view.frame().split('\n').find((line) => line.trimStart().startsWith('❯')) ?? '';
    },
  };
  mounted.push(view);
  return view;
}

async function ready(view: Mounted): Promise<Mounted> {
  await pause();
  return view;
}

afterEach(() => {
  for (const view of mounted.splice(0)) view.unmount();
});

describe('the item list', () => {
  it('shows the header, the 7 questions with their marks, and focuses the first open item', async () => {
    const view = await ready(mount(stateFor(cleanSubject())));
    const frame = view.frame();
    expect(frame).toContain('Preflight review');
    expect(frame).toContain('migrations/versions/2fee88dab64c_add_phone_to_users.py');
    expect(frame).toMatch(/2fee88dab64c → 2f904228e8b1\s+add phone to users/);
    expect(view.row(1)).toMatch(/✔ 1\. Can this be done with ALTER instead of DROP\?\s+\[auto yes\]/);
    expect(view.row(2)).toMatch(/– 2\. Is there a data migration strategy\?\s+\[n\/a\]/);
    expect(view.row(3)).toMatch(/✔ 3\. .*\[auto yes\]/);
    expect(view.row(4)).toMatch(/✔ 4\. .*\[auto yes\]/);
    expect(view.row(5)).toMatch(/\? 5\. Have you tested on a copy of production data\?\s+\[needs you\]/);
    expect(view.row(6)).toMatch(/– 6\. .*\[n\/a\]/);
    expect(view.row(7)).toMatch(/\? 7\. Is there a rollback plan\?\s+\[needs you\]/);
    expect(view.focusedRow()).toContain('5. Have you tested');
    expect(frame).toContain('y/n/a answer');
    expect(frame).toMatch(/q\/Esc\s+abort/);
  });

  it('marks automatic "no" answers and says they need a note; counts other findings', async () => {
    const view = await ready(mount(stateFor(badSubject())));
    expect(view.row(1)).toMatch(/✔ 1\. .*\[auto yes\]\s*$/);
    // The head changes data: no check answers its data migration strategy, so it is the first open item.
    expect(view.row(2)).toMatch(/\? 2\. Is there a data migration strategy\?\s+\[needs you\]\s*$/);
    expect(view.row(4)).toMatch(/✘ 4\. .*\[auto no\]\s+needs your note \(press n\)/);
    expect(view.row(6)).toMatch(/✘ 6\. .*\[auto no\]\s+needs your note \(press n\)/);
    expect(view.frame()).toContain('+ 3 other finding(s): press o');
    expect(view.focusedRow()).toContain('2. Is there a data migration strategy');
  });

  it('moves the focus with j/k and the arrow keys, and stops at the ends', async () => {
    const view = await ready(mount(stateFor(cleanSubject())));
    await view.press('j');
    expect(view.focusedRow()).toContain('6. Are there safeguards');
    await view.press('j', 'j', 'j');
    expect(view.focusedRow()).toContain('7. Is there a rollback plan');
    await view.press('k');
    expect(view.focusedRow()).toContain('6. ');
    await view.press(KEY.up, KEY.up);
    expect(view.focusedRow()).toContain('4. ');
    await view.press(KEY.down);
    expect(view.focusedRow()).toContain('5. ');
    await view.type('kkkkkkkk');
    expect(view.focusedRow()).toContain('1. Can this be done');
    await view.press('3');
    expect(view.focusedRow()).toContain('3. Are there proper defaults');
  });

  it('Enter opens the evidence panel with the code excerpt around the line; it follows the focus', async () => {
    const view = await ready(mount(stateFor(badSubject())));
    await view.press(KEY.enter);
    let frame = view.frame();
    // The data changes, as the rule that reported them cites them.
    expect(frame).toContain('Evidence: data-migration-strategy');
    expect(frame).toContain('migrations/versions/f5f4ae3110f6_normalize_user_emails.py:26 destructive-raw-sql raw SQL updates');
    expect(frame).toMatch(/> 26 │ {5}connection\.execute\("UPDATE users SET email = lower\(trim\(email\)\)"\)/);
    expect(frame).toContain('migrations/versions/f5f4ae3110f6_normalize_user_emails.py:28 destructive-raw-sql raw SQL deletes');
    expect(frame).toMatch(/> 28 │ {5}op\.execute\("DELETE FROM sessions"\)/);
    await view.press('j', 'j');
    frame = view.frame();
    expect(frame).toContain('Evidence: reversible');
    expect(frame).toContain('migrations/versions/f5f4ae3110f6_normalize_user_emails.py:31 missing-downgrade downgrade() does');
    expect(frame).toMatch(/> 31 │ def downgrade\(\) -> None:/);
    expect(frame).toMatch(/ 29 │\s*│/);
    await view.press('j', 'j');
    frame = view.frame();
    expect(frame).toContain('Evidence: production-safeguards');
    expect(frame).toContain('migrations/versions/f5f4ae3110f6_normalize_user_emails.py:26 destructive-without-safeguard');
    expect(frame).toMatch(/> 26 │ {5}connection\.execute\("UPDATE users SET email = lower\(trim\(email\)\)"\)/);
    expect(frame).toMatch(/ 24 │ def upgrade\(\) -> None:/);
    expect(frame).toMatch(/> 28 │ {5}op\.execute\("DELETE FROM sessions"\)/);
    await view.press('k');
    expect(view.frame()).toContain('Evidence: tested-on-production-copy');
    expect(view.frame()).toContain('No check decides this item: it is yours to answer.');
    await view.press('1');
    expect(view.frame()).toContain('Evidence: alter-not-drop');
    expect(view.frame()).toMatch(/:24 the upgrade drops no table and[\s│]+wipes no schema/);
    expect(view.frame()).toMatch(/> 24 │ def upgrade\(\) -> None:/);
    await view.press(KEY.enter);
    expect(view.frame()).not.toContain('Evidence:');
  });

  it('? shows why the item matters and how to fix it', async () => {
    const view = await ready(mount(stateFor(badSubject())));
    await view.press('?');
    let frame = view.frame();
    expect(frame).toContain('Why it matters');
    expect(frame).toContain('How to fix');
    expect(frame).toMatch(/Follow the data migration pattern: add the column nullable, backfill it with an UPDATE through/);
    await view.press('4');
    frame = view.frame();
    expect(frame).toContain('Give every upgrade operation its inverse in downgrade(), in reverse order.');
    await view.press('?');
    expect(view.frame()).not.toContain('Why it matters');
  });

  it('o shows the other findings', async () => {
    const view = await ready(mount(stateFor(badSubject())));
    await view.press('o');
    expect(view.frame()).toContain('Other findings (3)');
    expect(view.frame()).toMatch(/f5f4ae3110f6_normalize_user_emails\.py:26 error destructive-raw-sql raw SQL/);
    expect(view.frame()).toMatch(/f5f4ae3110f6_normalize_user_emails\.py:26 error raw-sql-string-execute/);
    expect(view.frame()).toMatch(/f5f4ae3110f6_normalize_user_emails\.py:28 error destructive-raw-sql raw SQL/);
    expect(view.frame()).toContain('DELETE FROM sessions');
    expect(view.frame()).not.toContain('press o');
  });

  it('K shows what the upgrade locks, and says when the project is not on PostgreSQL', async () => {
    const subject = {
      ...cleanSubject(),
      locks: {
        pgVersion: 15,
        rows: [
          { function: 'upgrade' as const, line: 14, statement: 'op.create_index("ix_users_phone", "users", ["phone"])', table: 'users', lock: 'SHARE' as const, blocks: 'blocks writes (INSERT/UPDATE/DELETE), not reads', rewrite: false, scan: true, heldUntil: 'upgrade' as const, otherTables: [], onNewTable: false },
        ],
      },
    };
    const view = await ready(mount(stateFor(subject)));
    await view.press('K');
    expect(view.frame()).toContain('Locks (PostgreSQL 15)');
    expect(view.frame()).toMatch(/line 14 {2}users {2}SHARE/);
    expect(view.frame()).toMatch(/blocks writes \(INSERT\/UPDATE\/DELETE\), not reads · reads every row · held until upgrade commit/);
    await view.press('K');
    expect(view.frame()).not.toContain('Locks (PostgreSQL 15)');
    const sqlite = await ready(mount(stateFor(cleanSubject())));
    await sqlite.press('K');
    expect(sqlite.frame()).toContain('The lock analysis is for PostgreSQL projects');
  });

  it("K shows the round trip's lock trace under the lock table, with its disagreements", async () => {
    const row = { function: 'upgrade' as const, line: 14, statement: 'op.create_index("ix_users_phone", "users", ["phone"])', table: 'users', lock: 'SHARE' as const, blocks: 'blocks writes (INSERT/UPDATE/DELETE), not reads', rewrite: false, scan: true, heldUntil: 'upgrade' as const, otherTables: [], onNewTable: false };
    const subject = { ...cleanSubject(), locks: { pgVersion: 15, rows: [row] } };
    const before = await ready(mount(stateFor(subject)));
    await before.press('K');
    expect(before.frame()).toContain('r runs the round trip; with a PostgreSQL --database-url it also traces these locks');
    const trace: RoundTripVerdicts['lockTrace'] = {
      serverVersion: 15,
      agree: false,
      complete: true,
      statements: [
        {
          sql: 'CREATE INDEX ix_users_phone ON users (phone)',
          error: null,
          kind: 'create-index',
          table: 'users',
          expected: { lock: 'SHARE', rewrite: false, otherTables: [] },
          taken: { users: ['ACCESS EXCLUSIVE'] },
          rewritten: [],
          disagreements: ['lock on users: the lock table says SHARE, the trace took ACCESS EXCLUSIVE'],
        },
      ],
    };
    const roundTrip = vi.fn<NonNullable<WizardServices['roundTrip']>>(async () => ({ ok: true, dataChecked: true, items: {}, lockTrace: trace }));
    const view = await ready(mount(stateFor(subject), { roundTrip }));
    await view.press('r');
    await vi.waitFor(() => expect(view.frame()).toContain('round trip passed'));
    await view.press('K');
    expect(view.frame()).toContain('Lock trace (PostgreSQL 15, seeded rows): 1 disagreement(s) with the table above');
    expect(view.frame()).toContain('CREATE INDEX ix_users_phone ON users (phone) → users ACCESS EXCLUSIVE');
    expect(view.frame()).toContain('lock on users: the lock table says SHARE, the trace took ACCESS EXCLUSIVE');
  });

  it('l without an Alembic service says the SQL is unavailable instead of rendering forever', async () => {
    const view = await ready(mount(stateFor(cleanSubject())));
    await view.press('l');
    expect(view.frame()).toContain('Offline SQL');
    await vi.waitFor(() => expect(view.frame()).toContain('offline SQL is not available'));
    expect(view.frame()).not.toContain('Rendering…');
  });

  it('l renders the SQL through the service once', async () => {
    const renderSql = vi.fn(async () => ({ text: 'ALTER TABLE users ADD COLUMN phone VARCHAR(32);' }));
    const view = await ready(mount(stateFor(cleanSubject()), { renderSql }));
    await view.press('l');
    await vi.waitFor(() => expect(view.frame()).toContain('ALTER TABLE users ADD COLUMN phone VARCHAR(32);'));
    await view.press('l', 'l');
    expect(renderSql).toHaveBeenCalledTimes(1);
  });
});

describe('the round trip (r)', () => {
  it('shows a spinner naming each step, then decides "reversible" by the seeded round trip with its evidence', async () => {
    let finish: (result: RoundTripVerdicts) => void = () => {};
    const roundTrip = vi.fn<NonNullable<WizardServices['roundTrip']>>(
      (_state, onStep) =>
        new Promise((resolve) => {
          onStep('upgrade 2f904228e8b1');
          finish = resolve;
        }),
    );
    const view = await ready(mount(stateFor(badSubject()), { roundTrip }));
    expect(view.frame()).toContain('r round trip');
    await view.press('r');
    await vi.waitFor(() => expect(view.frame()).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] round trip: upgrade 2f904228e8b1…/));
    await view.press('r'); // a second r while one runs starts nothing
    expect(roundTrip).toHaveBeenCalledTimes(1);
    // The example head: every step passes and the schema comes back, but the seeded sessions do not.
    const file = badSubject().file;
    finish({
      ok: false,
      dataChecked: true,
      items: {
        reversible: {
          answer: 'no',
          evidence: [
            { file, line: 0, message: 'data not restored: sessions: 20 rows lost' },
            { file, line: 0, message: 'round trip: ✔ downgrade eaa6964182da (12 ms)' },
          ],
        },
      },
    });
    await vi.waitFor(() => expect(view.row(4)).toContain('[round trip no]'));
    expect(view.frame()).not.toContain('round trip: upgrade');
    await view.press('4', KEY.enter);
    expect(view.frame()).toContain('round trip: ✔ downgrade eaa6964182da');
    expect(view.frame()).toMatch(/data not restored: sessions: 20 rows\s+│\n│ lost/);
  });

  it('a pass on the schema alone leaves the static "no" of the example head in place', async () => {
    const roundTrip = vi.fn<NonNullable<WizardServices['roundTrip']>>(async () => ({
      ok: true,
      dataChecked: false,
      items: { reversible: { answer: 'yes', evidence: [{ file: badSubject().file, line: 0, message: 'round trip: no rows seeded (--rows 0): the schema only was compared' }] } },
    }));
    const view = await ready(mount(stateFor(badSubject()), { roundTrip }));
    await view.press('r');
    await vi.waitFor(() => expect(view.frame()).toContain('round trip passed on the schema only: the static "no" stands'));
    expect(view.row(4)).not.toContain('round trip yes');
  });

  it('without the service the key does nothing and is not offered', async () => {
    const view = await ready(mount(stateFor(badSubject())));
    expect(view.frame()).not.toContain('r round trip');
    await view.press('r');
    expect(view.frame()).not.toContain('round trip:');
  });
});

describe('answering and the note editor', () => {
  it('"n" opens the note editor; text is typed, Backspace deletes, Esc returns to the list', async () => {
    const view = await ready(mount(stateFor(badSubject())));
    await view.press('4', 'n');
    expect(view.frame()).toContain('Answer "no" to: Is the migration reversible (downgrade works)?');
    expect(view.frame()).toContain('Why, and what will you do about it?');
    expect(view.frame()).toContain('Enter save · Esc back to the list · Ctrl-C abort');
    await view.type('quick fix');
    await view.press(KEY.backspace, KEY.backspace);
    expect(view.frame()).toMatch(/> quick f /);
    expect(view.frame()).not.toMatch(/> quick fix/);
    await view.press(KEY.escape);
    expect(view.frame()).not.toContain('Answer "no"');
    expect(view.row(4)).toContain('needs your note');
    expect(view.focusedRow()).toContain('4. Is the migration reversible');
    expect(view.onExit).not.toHaveBeenCalled();
  });

  it('an empty note is refused', async () => {
    const view = await ready(mount(stateFor(cleanSubject())));
    await view.press('y');
    expect(view.frame()).toContain('Answer "yes" to: Have you tested on a copy of production data?');
    expect(view.frame()).toContain('Where and when did you test (database, date, data size)?');
    await view.press(KEY.enter);
    expect(view.frame()).toContain('this answer needs a note');
    expect(view.frame()).toContain('Answer "yes" to:');
  });

  it('overriding an automatic answer asks why and shows what the checks said', async () => {
    const view = await ready(mount(stateFor(cleanSubject())));
    await view.press('4', 'n');
    expect(view.frame()).toContain('Answer "no" to: Is the migration reversible (downgrade works)?');
    await view.type('phone numbers are lost on downgrade');
    await view.press(KEY.enter);
    expect(view.row(4)).toMatch(/✘ 4\. .*\[no, checks said yes\]/);
    await view.press('2', 'a');
    expect(view.frame()).not.toContain('Answer "n/a"'); // confirming the automatic n/a needs no note
    await view.press('2', 'y');
    expect(view.frame()).toContain('Why do you answer differently from the checks?');
  });

  it('the rollback plan is pre-filled with the downgrade', async () => {
    const view = await ready(mount(stateFor(cleanSubject())));
    await view.press('7', 'y');
    expect(view.frame()).toMatch(/> alembic downgrade -1 \(to 2f904228e8b1\)/);
  });
});

describe('the summary', () => {
  it('a full answer flow shows the summary and writes the record once', async () => {
    const view = await ready(mount(stateFor(cleanSubject())));
    await view.press('y');
    await view.type('staging snapshot 2024-07-01');
    await view.press(KEY.enter);
    expect(view.row(5)).toMatch(/✔ 5\. .*\[yes\]/);
    expect(view.focusedRow()).toContain('7. Is there a rollback plan');
    await view.press('y', KEY.enter);
    const frame = view.frame();
    expect(frame).toContain('Summary');
    expect(frame).toContain('tested-on-production-copy: yes (reviewer) — staging snapshot 2024-07-01');
    expect(frame).toContain('rollback-plan: yes (reviewer) — alembic downgrade -1 (to 2f904228e8b1)');
    expect(frame).toContain('alter-not-drop: yes (auto)');
    expect(frame).toContain('Nothing blocking.');
    expect(frame).toContain('w write the unsigned record · b back · q abort');
    await view.press('y', KEY.enter);
    expect(view.writeRecord).not.toHaveBeenCalled();
    await view.press('w');
    await vi.waitFor(() => expect(view.onExit).toHaveBeenCalledTimes(1));
    expect(view.writeRecord).toHaveBeenCalledTimes(1);
    expect(view.writeRecord).toHaveBeenCalledWith(expect.objectContaining({ phase: 'writing' }), false);
    expect(view.onExit.mock.calls[0]![0]).toMatchObject({ phase: 'done', written: ['migrations/reviews/2fee88dab64c.json'] });
    await vi.waitFor(() => expect(view.frame()).toContain('Review complete (1 migration).'));
  });

  it('lists the blocking items of a review with "no" answers', async () => {
    const view = await ready(mount(stateFor(badSubject())));
    for (const [answer, note] of [
      ['n', 'emails are lower-cased in place'],
      ['n', 'lower-casing cannot be undone'],
      ['y', 'staging snapshot'],
      ['n', 'runs in the maintenance window'],
      ['y', 'restore the nightly backup'],
    ]) {
      await view.press(answer!);
      await view.type(note!);
      await view.press(KEY.enter);
    }
    expect(view.frame()).toContain('Summary');
    expect(view.frame()).toContain('Blocking (answered "no"): data-migration-strategy, reversible, production-safeguards');
    expect(view.frame()).toContain('data-migration-strategy: no (reviewer) — emails are lower-cased in place');
    expect(view.frame()).toContain('reversible: no (auto) — lower-casing cannot be undone');
    expect(view.frame()).toContain('production-safeguards: no (auto) — runs in the maintenance window');
    expect(view.frame()).toContain('alter-not-drop: yes (auto)');
  });

  it('s opens the summary early; writing is refused while items are open; b goes back', async () => {
    const view = await ready(mount(stateFor(cleanSubject())));
    await view.press('s');
    expect(view.frame()).toContain('tested-on-production-copy: unanswered');
    await view.press('w');
    expect(view.frame()).toContain('answer first: tested-on-production-copy, rollback-plan');
    expect(view.writeRecord).not.toHaveBeenCalled();
    await view.press('b');
    expect(view.frame()).not.toContain('Summary');
    expect(view.focusedRow()).toContain('5. ');
  });

  it('without a signing key, the summary offers u to write unsigned', async () => {
    const view = await ready(mount(stateFor(cleanSubject()), { signing: 'needs-key' }));
    await view.press('y');
    await view.type('staging');
    await view.press(KEY.enter, 'y', KEY.enter);
    expect(view.frame()).toContain('No signing key in git config: press u to write the record unsigned');
    await view.press('y', KEY.enter);
    expect(view.writeRecord).not.toHaveBeenCalled();
    await view.press('u');
    await vi.waitFor(() => expect(view.writeRecord).toHaveBeenCalledTimes(1));
    expect(view.writeRecord.mock.calls[0]![1]).toBe(true);
  });

  it('a failed write returns to the summary with the error', async () => {
    const writeRecord = vi.fn(async () => {
      throw new Error('EACCES: permission denied\nmore detail');
    });
    const view = await ready(mount(stateFor(cleanSubject()), { writeRecord }));
    await view.press('y');
    await view.type('staging');
    await view.press(KEY.enter, 'y', KEY.enter, 'w');
    await vi.waitFor(() => expect(view.frame()).toContain('EACCES: permission denied'));
    expect(view.frame()).not.toContain('more detail');
    expect(view.onExit).not.toHaveBeenCalled();
  });

  it('reviews several migrations one after another', async () => {
    const view = await ready(mount(stateFor(cleanSubject(), cleanSubject({ revision: '3abc', displayPath: 'migrations/versions/3abc_next.py' }))));
    expect(view.frame()).toContain('(migration 1 of 2)');
    await view.press('y');
    await view.type('staging');
    await view.press(KEY.enter, 'y', KEY.enter, 'w');
    await vi.waitFor(() => expect(view.frame()).toContain('(migration 2 of 2)'));
    expect(view.frame()).toContain('migrations/versions/3abc_next.py');
    expect(view.row(5)).toContain('[needs you]');
    expect(view.writeRecord).toHaveBeenCalledTimes(1);
    expect(view.onExit).not.toHaveBeenCalled();
  });
});

describe('abort', () => {
  const cases: [string, string, (view: Mounted) => Promise<void>][] = [
    ['q in the list', 'q', async () => {}],
    ['Esc in the list', KEY.escape, async () => {}],
    ['Ctrl-C in the list', KEY.ctrlC, async () => {}],
    ['Ctrl-C in the note editor', KEY.ctrlC, async (view) => view.press('n')],
    ['q with a panel open', 'q', async (view) => view.press(KEY.enter)],
    ['q in the summary', 'q', async (view) => view.press('s')],
    ['Esc in the summary', KEY.escape, async (view) => view.press('s')],
    [
      'Ctrl-C in a complete summary',
      KEY.ctrlC,
      async (view) => {
        await view.press('y');
        await view.type('staging');
        await view.press(KEY.enter, 'y', KEY.enter);
      },
    ],
  ];

  for (const [name, key, before] of cases) {
    it(`${name} aborts without writing`, async () => {
      const view = await ready(mount(stateFor(cleanSubject())));
      await before(view);
      await view.press(key);
      await vi.waitFor(() => expect(view.onExit).toHaveBeenCalledTimes(1));
      expect(view.onExit.mock.calls[0]![0].phase).toBe('aborted');
      expect(view.writeRecord).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(view.frame()).toContain('Review aborted: nothing was written.'));
    });
  }

  it('q typed into a note is text, not an abort', async () => {
    const view = await ready(mount(stateFor(cleanSubject())));
    await view.press('n', 'q');
    expect(view.frame()).toMatch(/> q/);
    expect(view.onExit).not.toHaveBeenCalled();
  });

  it('keys typed ahead in one chunk apply in order, and a final Enter saves the note', async () => {
    const view = await ready(mount(stateFor(badSubject())));
    await view.type('nemails are lower-cased in place\rnlower-casing cannot be undone\r');
    expect(view.frame()).not.toContain('Answer "no"');
    expect(view.row(2)).toMatch(/✘ 2\. .*\[no\]\s*$/);
    expect(view.row(4)).not.toContain('needs your note');
    expect(view.focusedRow()).toContain('5. ');
  });
});

describe('fixing a finding (f, then y)', () => {
  type Apply = NonNullable<WizardServices['fix']>['apply'];
  type Propose = NonNullable<WizardServices['fix']>['propose'];
  const description = 'wrap the SQL in sa.text()';

  function fixServices(options: { propose?: Propose; apply?: Apply } = {}) {
    const propose = vi.fn<Propose>(options.propose ?? (async () => ({ kind: 'proposed', description, diff: DIFF })));
    const apply = vi.fn<Apply>(options.apply ?? (async () => ({ ok: true, subject: fixedHead(), description })));
    return { fix: { rules: FIX_RULES, propose, apply }, propose, apply };
  }
  const line = (view: Mounted, text: string): string => view.frame().split('\n').find((row) => row.includes(text)) ?? '';
  /** The frame as one line of words: panel text wraps at the test terminal's 100 columns. */
  const flat = (view: Mounted): string => view.frame().replace(/[│╭╮╰╯─]/g, ' ').replace(/\s+/g, ' ');

  it('in the other findings: marks the finding that has a fix, f shows its diff, y applies it and says so', async () => {
    const services = fixServices({ apply: async () => ({ ok: true, subject: { ...badSubject(), sha256: 'c'.repeat(64), otherFindings: badSubject().otherFindings.filter((f) => f.rule !== 'raw-sql-string-execute') }, description }) });
    const view = await ready(mount(stateFor(badSubject()), { fix: services.fix }));
    expect(view.frame()).toMatch(/f fix \(in evidence\/other\)/);
    await view.press('o');
    expect(flat(view)).toContain(':26 error raw-sql-string-execute [f: fix] connection.execute() is given a plain SQL string');
    expect(flat(view)).toContain(':26 error destructive-raw-sql raw SQL updates every row');

    await view.press('f');
    await vi.waitFor(() => expect(view.frame()).toContain('+    connection.execute(sa.text("UPDATE users SET email = lower(trim(email))"))'));
    const frame = view.frame();
    expect(flat(view)).toContain('Fix for migrations/versions/f5f4ae3110f6_normalize_user_emails.py:26 raw-sql-string-execute (finding 2 of 3)');
    expect(frame).toContain('The fix: wrap the SQL in sa.text()');
    expect(frame).toContain('@@ -23,7 +23,7 @@');
    expect(frame).toContain('-    connection.execute("UPDATE users SET email = lower(trim(email))")');
    expect(flat(view)).toContain('y apply (writes the file, then Alembic loads and renders it) · n/Esc back · f next finding · q abort');
    expect(frame).not.toContain('Other findings (3)');
    expect(services.propose).toHaveBeenCalledTimes(1);
    expect(services.propose.mock.calls[0]![1]).toMatchObject({ rule: 'raw-sql-string-execute', line: 26 });

    await view.press('y');
    await vi.waitFor(() => expect(flat(view)).toContain('✔ Fixed migrations/versions/f5f4ae3110f6_normalize_user_emails.py:26 raw-sql-string-execute (wrap the SQL in sa.text()). Checklist decided again: no answer changed.'));
    expect(services.apply).toHaveBeenCalledTimes(1);
    // Back in the panel it came from, which now lists what remains.
    expect(view.frame()).toContain('Other findings (2)');
    expect(view.frame()).not.toContain('raw-sql-string-execute connection');
    await view.press('s');
    await view.press('b', 'q');
    await vi.waitFor(() => expect(view.frame()).toContain('Review aborted: no review record was written (the fixes applied are listed below).'));
  });

  it('in the evidence panel: the finding that answered the item "no"; after the fix the item is decided again', async () => {
    const services = fixServices();
    const view = await ready(mount(teamState(), { fix: services.fix }));
    expect(line(view, '8. Does the raw SQL run on SQLAlchemy 2.x?')).toMatch(/✘ 8\. .*\[auto no\]/);
    await view.press('8', KEY.enter);
    expect(view.frame()).toContain(`Evidence: ${SA2_ITEM}`);
    expect(flat(view)).toContain(':26 raw-sql-string-execute [f: fix] connection.execute() is given');
    await view.press('f');
    await vi.waitFor(() => expect(view.frame()).toContain('+    connection.execute(sa.text('));
    await view.press('y');
    await vi.waitFor(() => expect(flat(view)).toContain(`Checklist decided again: ${SA2_ITEM} auto no → needs you.`));
    expect(line(view, '8. Does the raw SQL run on SQLAlchemy 2.x?')).toMatch(/\? 8\. .*\[needs you\]/);
    expect(view.frame()).toContain(`Evidence: ${SA2_ITEM}`);
    expect(view.frame()).toContain('No check decides this item: it is yours to answer.');
    // The record is built from the fixed migration: answer the rest and write.
    await view.press('y');
    await view.type('nplan\rnno undo\rystaging\rnwindow\ryrestore\r');
    await vi.waitFor(() => expect(view.frame()).toContain('Summary'));
    await view.press('w');
    await vi.waitFor(() => expect(view.writeRecord).toHaveBeenCalledTimes(1));
    expect(view.writeRecord.mock.calls[0]![0].subjects[0]!.sha256).toBe('c'.repeat(64));
  });

  it('n and Esc leave the diff without applying; Esc there does not abort', async () => {
    const services = fixServices();
    const view = await ready(mount(stateFor(badSubject()), { fix: services.fix }));
    await view.press('o', 'f');
    await vi.waitFor(() => expect(view.frame()).toContain('y apply'));
    await view.press('n');
    expect(view.frame()).toContain('Other findings (3)');
    expect(view.frame()).not.toContain('Fix for');
    await view.press('f');
    await vi.waitFor(() => expect(view.frame()).toContain('y apply'));
    await view.press(KEY.escape);
    expect(view.frame()).toContain('Other findings (3)');
    expect(view.onExit).not.toHaveBeenCalled();
    expect(services.apply).not.toHaveBeenCalled();
    expect(view.focusedRow()).toContain('2. Is there a data migration strategy');
  });

  it('says why a finding has no fix, and f goes on to the next finding of the panel', async () => {
    const services = fixServices({
      propose: async (_state, finding) =>
        finding.rule === 'raw-sql-string-execute'
          ? { kind: 'proposed', description, diff: DIFF }
          : { kind: 'unavailable', reason: `${finding.rule} has no automatic fix (preflight explain ${finding.rule} shows the safe form)` },
    });
    const view = await ready(mount(stateFor(badSubject()), { fix: services.fix }));
    await view.press('o', 'f');
    await vi.waitFor(() => expect(view.frame()).toContain('y apply'));
    await view.press('f');
    await vi.waitFor(() => expect(flat(view)).toContain('destructive-raw-sql has no automatic fix (preflight explain destructive-raw-sql shows the safe form)'));
    expect(flat(view)).toContain(':28 destructive-raw-sql (finding 3 of 3)');
    expect(flat(view)).toContain('n/Esc back · f next finding · q abort');
    await view.press('y');
    expect(services.apply).not.toHaveBeenCalled();
  });

  it('a fix that needs a value asks for it (y, n, q are typed, not keys), then shows the diff that uses it', async () => {
    const request = { key: 'users.country', prompt: 'Value for country in the existing rows of users', type: 'sa.String(length=2)' };
    const services = fixServices({
      propose: async (_state, _finding, value) => (value ? { kind: 'proposed', description: `backfill with '${value.text}'`, diff: DIFF } : { kind: 'needs-value', value: request }),
    });
    const view = await ready(mount(stateFor(badSubject()), { fix: services.fix }));
    await view.press('o', 'f');
    await vi.waitFor(() => expect(flat(view)).toContain('Value for country in the existing rows of users (sa.String(length=2)):'));
    expect(flat(view)).toContain('The same as check --fix --fix-value users.country=VALUE');
    expect(flat(view)).toContain('Enter show the fix with this value · Esc back');
    await view.type('nyq');
    await vi.waitFor(() => expect(view.frame()).toContain('> nyq'));
    expect(view.onExit).not.toHaveBeenCalled();
    await view.press('\r');
    await vi.waitFor(() => expect(view.frame()).toContain("The fix: backfill with 'nyq'"));
    expect(services.propose).toHaveBeenCalledTimes(2);
    expect(services.propose.mock.calls[1]![2]).toEqual({ key: 'users.country', text: 'nyq' });
    await view.press('y');
    await vi.waitFor(() => expect(services.apply).toHaveBeenCalledTimes(1));
  });

  it('a fix that Alembic refuses is not applied, and the view says why', async () => {
    const services = fixServices({ apply: async () => ({ ok: false, reason: 'not applied: Alembic cannot load the fixed file: NameError: sa' }) });
    const view = await ready(mount(stateFor(badSubject()), { fix: services.fix }));
    await view.press('o', 'f');
    await vi.waitFor(() => expect(view.frame()).toContain('y apply'));
    await view.press('y');
    await vi.waitFor(() => expect(view.frame()).toContain('not applied: Alembic cannot load the fixed file: NameError: sa'));
    expect(view.frame()).not.toContain('✔ Fixed');
    await view.press('n');
    expect(view.frame()).toContain('Other findings (3)');
  });

  it('the Alembic check shows a spinner; an abort meanwhile does not claim nothing was written', async () => {
    let finish: (value: Awaited<ReturnType<Apply>>) => void = () => {};
    const services = fixServices({ apply: () => new Promise((resolve) => (finish = resolve)) });
    const view = await ready(mount(stateFor(badSubject()), { fix: services.fix }));
    await view.press('o', 'f');
    await vi.waitFor(() => expect(view.frame()).toContain('y apply'));
    await view.press('y', 'y', 'n');
    expect(view.frame()).toContain('applying: writing the file, loading and rendering it in Alembic, checking it again');
    expect(services.apply).toHaveBeenCalledTimes(1);
    await view.press('q');
    await vi.waitFor(() => expect(view.frame()).toContain('Review aborted: no review record was written (the fixes applied are listed below).'));
    finish({ ok: false, reason: 'x' });
  });

  it('without the fix service, f is neither offered nor a key', async () => {
    const view = await ready(mount(stateFor(badSubject())));
    expect(view.frame()).not.toContain('f fix');
    await view.press('o', 'f');
    expect(view.frame()).not.toContain('Fix for');
    expect(flat(view)).toContain('raw-sql-string-execute connection.execute()');
  });
});
