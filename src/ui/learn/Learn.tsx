/**
 * The Ink view of `preflight learn`: a lesson, then its question, then the
 * feedback, then the next lesson; a score at the end. All decisions live in
 * learnReducer; this maps keys to actions and draws the state.
 */
import { useEffect, useReducer, useRef } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import { answeredCorrectly, currentLesson, learnReducer, type LearnAction, type LearnState } from '../../learn/reducer.js';

export interface LearnProps {
  initialState: LearnState;
  /** Called once with the final state (done or quit). */
  onExit(state: LearnState): void;
}

interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
}

/** Key → action, pure. */
export function learnKeyToAction(state: LearnState, input: string, rawKey: KeyInfo): LearnAction | undefined {
  // A carriage return inside a multi-key chunk arrives as a character, not as key.return.
  const key = input === '\r' || input === '\n' ? { ...rawKey, return: true } : rawKey;
  if ((key.ctrl && input === 'c') || key.escape || input === 'q') return { type: 'quit' };
  switch (state.phase) {
    case 'reading':
      return key.return || input === 'n' || input === ' ' ? { type: 'start-question' } : undefined;
    case 'question':
      if (input === '1') return { type: 'answer', option: 0 };
      if (input === '2') return { type: 'answer', option: 1 };
      if (key.upArrow || key.downArrow || input === 'j' || input === 'k') return { type: 'focus-toggle' };
      if (key.return) return { type: 'answer' };
      return undefined;
    case 'feedback':
      return key.return || input === 'n' ? { type: 'next' } : undefined;
    default:
      return undefined;
  }
}

function Code({ code, color }: { code: string; color?: string }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={color} paddingX={1}>
      {code
        .trimEnd()
        .split('\n')
        .map((line, index) => (
          <Text key={index}>{line || ' '}</Text>
        ))}
    </Box>
  );
}

function Hint({ children }: { children: string }) {
  return (
    <Box marginTop={1}>
      <Text dimColor>{children}</Text>
    </Box>
  );
}

export function Learn({ initialState, onExit }: LearnProps) {
  const [state, dispatch] = useReducer(learnReducer, initialState);
  const { exit } = useApp();
  // Keys read the latest state even before React re-renders (several keys in one chunk, fast typists).
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'quit') {
      onExit(state);
      exit();
    }
  }, [state.phase]);

  useInput((input, key) => {
    // A paste or a fast typist may deliver several keys in one chunk.
    const keys = key.ctrl || input.length <= 1 ? [input] : [...input];
    let current = stateRef.current;
    for (const single of keys) {
      const action = learnKeyToAction(current, single, key);
      if (!action) continue;
      current = learnReducer(current, action);
      dispatch(action);
    }
    stateRef.current = current;
  });

  if (state.phase === 'done' || state.phase === 'quit') {
    return (
      <Box flexDirection="column">
        <Text bold>{state.phase === 'done' ? 'All lessons done.' : 'Stopped.'}</Text>
        <Text>{`Score: ${state.score} of ${state.answered} question${state.answered === 1 ? '' : 's'} answered correctly.`}</Text>
        <Text dimColor>Read any rule again with preflight explain RULE (preflight explain --list for all).</Text>
      </Box>
    );
  }

  const lesson = currentLesson(state);
  const [main, ...others] = lesson.rules;
  const header = (
    <Box flexDirection="column" marginBottom={1}>
      <Text>
        <Text bold>Preflight learn</Text>
        <Text dimColor>{`  Lesson ${state.index + 1} of ${state.lessons.length}`}</Text>
      </Text>
      <Text bold color="cyan">
        {lesson.title}
      </Text>
    </Box>
  );

  if (state.phase === 'reading') {
    return (
      <Box flexDirection="column">
        {header}
        <Text>{lesson.point}</Text>
        <Box marginTop={1} flexDirection="column">
          <Text bold>{`Why (${main!.id})`}</Text>
          <Text>{main!.why}</Text>
        </Box>
        <Box marginTop={1} flexDirection="column">
          <Text bold color="red">
            Bad
          </Text>
          <Code code={lesson.bad} color="red" />
          <Text bold color="green">
            Good
          </Text>
          <Code code={lesson.good} color="green" />
        </Box>
        {others.length > 0 ? (
          <Box marginTop={1} flexDirection="column">
            <Text bold>Also checked in this lesson</Text>
            {others.map((rule) => (
              <Text key={rule.id}>{`  ${rule.id} (${rule.severity}): ${rule.summary}`}</Text>
            ))}
          </Box>
        ) : null}
        <Hint>Enter/n question · q quit</Hint>
      </Box>
    );
  }

  const { question } = lesson;
  const correct = answeredCorrectly(state);
  return (
    <Box flexDirection="column">
      {header}
      <Text bold>{question.text}</Text>
      {question.options.map((option, index) => {
        const focused = state.phase === 'question' && state.focus === index;
        const chosen = state.phase === 'feedback' && state.chosen === index;
        const color = state.phase === 'feedback' ? (option.safe ? 'green' : chosen ? 'red' : undefined) : focused ? 'cyan' : undefined;
        return (
          <Box key={index} flexDirection="column" marginTop={1}>
            <Text color={color}>
              {`${focused ? '❯ ' : '  '}${index + 1}.`}
              {state.phase === 'feedback' && option.safe ? ' (safe)' : ''}
              {chosen ? ' ← your answer' : ''}
            </Text>
            <Code code={option.code} {...(color ? { color } : {})} />
          </Box>
        );
      })}
      {state.phase === 'feedback' ? (
        <Box marginTop={1}>
          <Text color={correct ? 'green' : 'red'}>{correct ? question.feedback.correct : question.feedback.wrong}</Text>
        </Box>
      ) : null}
      <Hint>
        {state.phase === 'question'
          ? '1/2 answer · ↑/↓ + Enter · q quit'
          : `${state.index + 1 >= state.lessons.length ? 'Enter/n score' : 'Enter/n next lesson'} · q quit`}
      </Hint>
    </Box>
  );
}
