/**
 * Syntax tree → MigrationFacts. Walks a tree-sitter-python tree of one Alembic
 * version file and records the module variables, the upgrade/downgrade bodies and
 * every migration operation with the context a rule needs (guards, batch table,
 * autocommit block, loops).
 */
import type { Node, Tree } from 'web-tree-sitter';
import type {
  Comment,
  EnvGuard,
  FunctionFacts,
  MigrationFacts,
  MigrationFunction,
  Operation,
  OtherCall,
  ParseProblem,
  PyValue,
} from './model.js';
import { decodeStringLiteral, splitStringLiteral } from './python-literal.js';

/** Methods of `op` that are plumbing, not schema operations. */
const OP_PLUMBING = new Set(['get_bind', 'get_context', 'f', 'inline_literal', 'batch_alter_table', 'implementation_for']);
/** Conventional names for a connection in migrations (`conn = op.get_bind()` is also tracked). */
const CONNECTION_NAMES = new Set(['connection', 'conn', 'bind', 'session', 'db']);
const CONNECTION_METHODS = new Set(['execute', 'exec_driver_sql']);

interface WalkContext {
  function: MigrationFunction;
  guards: EnvGuard[];
  inAutocommit: boolean;
  loopIterable?: string;
  /** `batch_op` alias → table name. */
  batchAliases: Map<string, string>;
  /** Local variables that hold an environment variable's value: `env = os.getenv("ENVIRONMENT")`. */
  envVariables: Map<string, string[]>;
  /** Local names bound to a connection: `conn = op.get_bind()`. */
  connectionNames: Set<string>;
  /** Module-level and local string constants, so `op.drop_table(TABLE)` resolves. */
  constants: Map<string, PyValue>;
}

export interface ExtractInput {
  path: string;
  sha256: string;
  tree: Tree;
  /** The text the tree was parsed from. */
  source: string;
}

export function extractMigrationFacts({ path, sha256, tree, source }: ExtractInput): MigrationFacts {
  const root = tree.rootNode;
  const facts: MigrationFacts = {
    path,
    sha256,
    branchLabels: [],
    dependsOn: [],
    annotatedVariables: false,
    operations: [],
    otherCalls: [],
    comments: collectComments(root, source),
  };
  if (root.hasError) facts.parseError = findParseProblem(root);

  const constants = new Map<string, PyValue>();
  let first = true;
  for (const statement of named(root)) {
    // Each .type is a call into the parser's wasm: read it once per node.
    const type = statement.type;
    if (type === 'comment') continue;
    if (type === 'expression_statement') {
      const expression = statement.namedChild(0);
      const expressionType = expression?.type;
      if (first && expressionType === 'string') facts.message = docstringMessage(expression!);
      if (expressionType === 'assignment') readModuleAssignment(expression!, facts, constants);
    }
    first = false;
    const definition = type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type === 'function_definition') {
      const name = definition.childForFieldName('name')?.text;
      if (name === 'upgrade' || name === 'downgrade') readFunction(definition, name, facts, constants);
    }
  }
  return facts;
}

function named(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null);
}

function position(node: Node): { line: number; column: number } {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}

/**
 * Every comment starts with `#`, so the tree is asked only about each `#` in the text: the
 * deepest node there is a comment, or a string that contains the character. (A search of the
 * whole tree for comment nodes costs more, and most migrations have few comments or none.)
 */
function collectComments(root: Node, source: string): Comment[] {
  const comments: Comment[] = [];
  let end = -1;
  for (let at = source.indexOf('#'); at >= 0; at = source.indexOf('#', at + 1)) {
    if (at < end) continue; // a `#` inside the comment just recorded
    const node = root.descendantForIndex(at);
    if (node?.type !== 'comment') continue;
    comments.push({ ...position(node), text: node.text });
    end = node.endIndex;
  }
  return comments;
}

function findParseProblem(root: Node): ParseProblem {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.isMissing) return { ...position(node), message: `syntax error: missing ${node.type}` };
    if (node.type === 'ERROR') {
      const snippet = node.text.split('\n')[0]!.trim().slice(0, 40);
      return { ...position(node), message: `syntax error near ${JSON.stringify(snippet)}` };
    }
    for (const child of node.children) if (child && child.hasError) stack.push(child);
  }
  return { line: 1, column: 1, message: 'syntax error' };
}

function docstringMessage(node: Node): string | undefined {
  const value = decodeStringLiteral(node.text);
  const firstLine = value
    ?.split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  return firstLine;
}

function readModuleAssignment(assignment: Node, facts: MigrationFacts, constants: Map<string, PyValue>): void {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (left?.type !== 'identifier' || !right) return;
  const value = resolveValue(right, constants);
  const line = position(assignment).line;
  if (assignment.childForFieldName('type')) facts.annotatedVariables = true;
  switch (left.text) {
    case 'revision':
      if (value.kind === 'str') facts.revision = { value: value.value, line };
      break;
    case 'down_revision':
      if (value.kind === 'none') facts.downRevision = { value: null, line };
      else if (value.kind === 'str') facts.downRevision = { value: value.value, line };
      else if (value.kind === 'list') {
        const items = value.items.flatMap((item) => (item.kind === 'str' ? [item.value] : []));
        facts.downRevision = { value: items.length === 0 ? null : items.length === 1 ? items[0]! : items, line };
      }
      break;
    case 'branch_labels':
      // A label held in a constant (`(cli.EXPAND_BRANCH,)`) still marks a labelled branch: keep its text.
      facts.branchLabels = value.kind === 'list' ? value.items.flatMap((item) => (item.kind === 'str' ? [item.value] : item.kind === 'none' ? [] : [item.text])) : stringsOf(value);
      break;
    case 'depends_on':
      facts.dependsOn = stringsOf(value);
      break;
    default:
      if (value.kind === 'str' || value.kind === 'num') constants.set(left.text, value);
  }
}

function stringsOf(value: PyValue): string[] {
  if (value.kind === 'str') return [value.value];
  if (value.kind === 'list') return value.items.flatMap((item) => (item.kind === 'str' ? [item.value] : []));
  return [];
}

function readFunction(
  definition: Node,
  name: MigrationFunction,
  facts: MigrationFacts,
  constants: Map<string, PyValue>,
): void {
  const body = definition.childForFieldName('body');
  // Read once: each position is a call into the parser's wasm.
  const firstLine = position(definition).line;
  const lastLine = definition.endPosition.row + 1;
  const functionFacts: FunctionFacts = {
    line: firstLine,
    isEmpty: body ? isEmptyBody(body) : true,
    // tree-sitter attaches a comment on the body's first line to the def, not the block, so take the
    // module's comments (collected once) within the def's lines.
    comments: facts.comments.filter((comment) => comment.line >= firstLine && comment.line <= lastLine),
  };
  facts[name] = functionFacts;
  if (!body) return;
  const context: WalkContext = {
    function: name,
    guards: [],
    inAutocommit: false,
    batchAliases: new Map(),
    envVariables: new Map(),
    connectionNames: new Set(CONNECTION_NAMES),
    constants: new Map(constants),
  };
  walkBlock(body, context, facts);
}

/** `pass`, `...`, a docstring and comments only. */
function isEmptyBody(body: Node): boolean {
  return named(body).every((statement) => {
    if (statement.type === 'comment' || statement.type === 'pass_statement') return true;
    if (statement.type !== 'expression_statement') return false;
    const expression = statement.namedChild(0);
    return expression?.type === 'string' || expression?.type === 'ellipsis';
  });
}


function walkBlock(block: Node, context: WalkContext, facts: MigrationFacts): void {
  // Guards established by an earlier `if <env test>: raise` protect the rest of this block.
  let context_ = context;
  for (const statement of named(block)) {
    walkStatement(statement, context_, facts);
    const raisingGuard = raisingEnvGuard(statement, context_);
    if (raisingGuard) context_ = { ...context_, guards: [...context_.guards, raisingGuard] };
  }
}

function walkStatement(statement: Node, context: WalkContext, facts: MigrationFacts): void {
  switch (statement.type) {
    case 'comment':
    case 'pass_statement':
      return;
    case 'if_statement':
      return walkIf(statement, context, facts);
    case 'with_statement':
      return walkWith(statement, context, facts);
    case 'for_statement': {
      const iterable = statement.childForFieldName('right');
      collectCalls(iterable, context, facts);
      const loopContext = { ...context, loopIterable: iterable?.text };
      for (const part of named(statement)) {
        if (part.type === 'block') walkBlock(part, loopContext, facts);
        else if (part.type === 'else_clause') walkChildren(part, context, facts);
      }
      return;
    }
    case 'while_statement':
    case 'try_statement':
    case 'except_clause':
    case 'finally_clause':
    case 'else_clause':
    case 'elif_clause':
    case 'block':
      return walkChildren(statement, context, facts);
    case 'function_definition':
    case 'decorated_definition': {
      const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
      const body = definition?.childForFieldName('body');
      if (body) walkBlock(body, context, facts);
      return;
    }
    case 'expression_statement': {
      const assignment = statement.namedChild(0);
      if (assignment?.type === 'assignment') trackAssignment(assignment, context);
      return collectCalls(statement, context, facts);
    }
    default:
      return collectCalls(statement, context, facts);
  }
}

function walkChildren(node: Node, context: WalkContext, facts: MigrationFacts): void {
  for (const child of named(node)) {
    if (child.type === 'block') walkBlock(child, context, facts);
    else walkStatement(child, context, facts);
  }
}

function walkIf(statement: Node, context: WalkContext, facts: MigrationFacts): void {
  const condition = statement.childForFieldName('condition');
  collectCalls(condition, context, facts);
  const variables = condition ? envVariablesIn(condition, context) : [];
  const guarded: WalkContext =
    variables.length > 0
      ? { ...context, guards: [...context.guards, { variables, line: position(statement).line, raisesBefore: false }] }
      : context;
  const consequence = statement.childForFieldName('consequence');
  if (consequence) walkBlock(consequence, guarded, facts);
  for (const alternative of statement.childrenForFieldName('alternative')) {
    if (!alternative) continue;
    if (alternative.type === 'elif_clause') {
      // The elif's own condition may add environment variables of its own.
      const elifCondition = alternative.childForFieldName('condition');
      const elifVariables = elifCondition ? envVariablesIn(elifCondition, context) : [];
      const all = [...new Set([...variables, ...elifVariables])];
      const elifContext =
        all.length > 0
          ? { ...context, guards: [...context.guards, { variables: all, line: position(alternative).line, raisesBefore: false }] }
          : context;
      const body = alternative.childForFieldName('consequence');
      if (body) walkBlock(body, elifContext, facts);
    } else {
      const body = alternative.childForFieldName('body') ?? alternative.namedChildren.find((c) => c?.type === 'block');
      if (body) walkBlock(body, guarded, facts);
    }
  }
}

/** `if <tests an env var>: raise …` (or return / sys.exit) — guards everything after it in the block. */
function raisingEnvGuard(statement: Node, context: WalkContext): EnvGuard | undefined {
  if (statement.type !== 'if_statement') return undefined;
  const condition = statement.childForFieldName('condition');
  const consequence = statement.childForFieldName('consequence');
  if (!condition || !consequence) return undefined;
  const variables = envVariablesIn(condition, context);
  if (variables.length === 0) return undefined;
  const stops = named(consequence).some((inner) => {
    if (inner.type === 'raise_statement' || inner.type === 'return_statement') return true;
    const call = inner.type === 'expression_statement' ? inner.namedChild(0) : null;
    const callee = call?.type === 'call' ? call.childForFieldName('function')?.text : undefined;
    return callee === 'sys.exit' || callee === 'exit';
  });
  return stops ? { variables, line: position(statement).line, raisesBefore: true } : undefined;
}


/** Environment variable names an expression reads, directly or through a tracked local. */
function envVariablesIn(expression: Node, context: WalkContext): string[] {
  const found = new Set<string>();
  const visit = (node: Node): void => {
    const read = envRead(node);
    if (read) {
      found.add(read);
      return;
    }
    if (node.type === 'identifier') for (const name of context.envVariables.get(node.text) ?? []) found.add(name);
    for (const child of named(node)) visit(child);
  };
  visit(expression);
  return [...found];
}

/** `os.getenv("X")`, `os.environ.get("X")`, `os.environ["X"]`, `getenv("X")`, `"X" in os.environ` → "X". */
function envRead(node: Node): string | undefined {
  if (node.type === 'call') {
    const callee = node.childForFieldName('function')?.text ?? '';
    if (/^(os\.)?getenv$|^(os\.)?environ\.get$/.test(callee)) {
      const first = node.childForFieldName('arguments')?.namedChild(0);
      return first?.type === 'string' ? decodeStringLiteral(first.text) : '?';
    }
  }
  if (node.type === 'subscript' && /^(os\.)?environ$/.test(node.childForFieldName('value')?.text ?? '')) {
    const key = node.childForFieldName('subscript');
    return key?.type === 'string' ? decodeStringLiteral(key.text) : '?';
  }
  if (node.type === 'comparison_operator' && /\bin\b/.test(node.text)) {
    const [left, right] = [node.namedChild(0), node.namedChild(1)];
    if (left?.type === 'string' && /^(os\.)?environ$/.test(right?.text ?? '')) return decodeStringLiteral(left.text);
  }
  return undefined;
}

function trackAssignment(assignment: Node, context: WalkContext): void {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (left?.type !== 'identifier' || !right) return;
  const variables = envVariablesIn(right, context);
  if (variables.length > 0) context.envVariables.set(left.text, variables);
  const text = right.text.replace(/\s+/g, '');
  if (/^op\.get_bind\(\)$|^op\.get_context\(\)\.(connection|bind)$|\.connect\(\)$/.test(text)) {
    context.connectionNames.add(left.text);
  }
  const value = resolveValue(right, context.constants);
  if (value.kind === 'str' || value.kind === 'num') context.constants.set(left.text, value);
}

function walkWith(statement: Node, context: WalkContext, facts: MigrationFacts): void {
  let inner: WalkContext = context;
  const clause = statement.namedChildren.find((child) => child?.type === 'with_clause');
  for (const item of clause ? named(clause) : []) {
    if (item.type !== 'with_item') continue;
    let value = item.childForFieldName('value');
    let alias: string | undefined;
    if (value?.type === 'as_pattern') {
      alias = value.childForFieldName('alias')?.text;
      value = value.namedChild(0);
    }
    if (!value) continue;
    const text = value.text.replace(/\s+/g, '');
    if (value.type === 'call' && /^op\.batch_alter_table$/.test(value.childForFieldName('function')?.text ?? '')) {
      const table = resolveValue(value.childForFieldName('arguments')?.namedChild(0) ?? value, context.constants);
      const tableKw = keywordArgument(value, 'table_name');
      const tableValue = tableKw ? resolveValue(tableKw, context.constants) : table;
      if (alias && tableValue.kind === 'str') {
        inner = { ...inner, batchAliases: new Map(inner.batchAliases).set(alias, tableValue.value) };
      }
    } else if (/autocommit_block\(\)$/.test(text)) {
      inner = { ...inner, inAutocommit: true };
    } else {
      collectCalls(value, context, facts);
      if (alias && /^op\.get_bind\(\)|\.connect\(\)$|\.begin\(\)$/.test(text)) {
        inner = { ...inner, connectionNames: new Set(inner.connectionNames).add(alias) };
      }
    }
  }
  const body = statement.childForFieldName('body');
  if (body) walkBlock(body, inner, facts);
}

function keywordArgument(call: Node, name: string): Node | undefined {
  const args = call.childForFieldName('arguments');
  for (const arg of args ? named(args) : []) {
    if (arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === name) {
      return arg.childForFieldName('value') ?? undefined;
    }
  }
  return undefined;
}

/** Records every call in an expression: migration operations, and other calls for the reset rule. */
function collectCalls(node: Node | null, context: WalkContext, facts: MigrationFacts): void {
  if (!node) return;
  const type = node.type;
  if (type === 'lambda' || type === 'function_definition') return;
  if (type === 'call') {
    const operation = toOperation(node, context, facts);
    if (operation) {
      facts.operations.push(operation);
      return;
    }
    facts.otherCalls.push(toOtherCall(node, context));
  }
  for (const child of named(node)) collectCalls(child, context, facts);
}

function toOperation(call: Node, context: WalkContext, facts: MigrationFacts): Operation | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return undefined;
  const object = callee.childForFieldName('object');
  const method = callee.childForFieldName('attribute')?.text;
  if (!object || !method) return undefined;
  const objectText = object.text.replace(/\s+/g, '');
  let receiver: Operation['receiver'];
  let batchTable: string | undefined;
  if (objectText === 'op') {
    if (OP_PLUMBING.has(method)) return undefined;
    receiver = 'op';
  } else if (context.batchAliases.has(objectText)) {
    receiver = 'batch';
    batchTable = context.batchAliases.get(objectText);
  } else if (
    CONNECTION_METHODS.has(method) &&
    (context.connectionNames.has(objectText) || /^op\.get_bind\(\)$|^op\.get_context\(\)\.(connection|bind)$/.test(objectText))
  ) {
    receiver = 'connection';
  } else {
    return undefined;
  }
  const { args, kwargs } = resolveArguments(call, context.constants);
  const start = position(call);
  const sameFunction = facts.operations.filter((operation) => operation.function === context.function);
  return {
    name: method,
    receiver,
    receiverText: object.text,
    ...(batchTable !== undefined ? { batchTable } : {}),
    args,
    kwargs,
    function: context.function,
    line: start.line,
    column: start.column,
    endLine: call.endPosition.row + 1,
    text: call.text,
    guards: context.guards,
    inAutocommit: context.inAutocommit,
    ...(context.loopIterable !== undefined ? { loopIterable: context.loopIterable } : {}),
    index: sameFunction.length,
  };
}

function toOtherCall(call: Node, context: WalkContext): OtherCall {
  return {
    callee: (call.childForFieldName('function')?.text ?? '').replace(/\s+/g, ''),
    function: context.function,
    ...position(call),
    guards: context.guards,
    text: call.text.length > 200 ? `${call.text.slice(0, 200)}…` : call.text,
  };
}

function resolveArguments(call: Node, constants: Map<string, PyValue>): { args: PyValue[]; kwargs: Record<string, PyValue> } {
  const args: PyValue[] = [];
  const kwargs: Record<string, PyValue> = {};
  const list = call.childForFieldName('arguments');
  for (const arg of list ? named(list) : []) {
    const type = arg.type;
    if (type === 'comment') continue;
    if (type === 'keyword_argument') {
      // The name is its first named child and the value its last (a comment can only sit between):
      // one child list instead of two field lookups, each a call into the parser's wasm.
      const parts = named(arg);
      const name = parts.length >= 2 ? parts[0]!.text : undefined;
      const value = parts.length >= 2 ? parts[parts.length - 1] : undefined;
      if (name && value) kwargs[name] = resolveValue(value, constants);
    } else if (type === 'list_splat' || type === 'dictionary_splat') {
      args.push({ kind: 'expr', text: arg.text });
    } else {
      args.push(resolveValue(arg, constants));
    }
  }
  return { args, kwargs };
}

/** Resolves an expression to a literal where it is one (strings, numbers, lists, calls with literal args). */
export function resolveValue(node: Node, constants: Map<string, PyValue> = new Map()): PyValue {
  const text = node.text;
  switch (node.type) {
    case 'string': {
      const parts = splitStringLiteral(text);
      // Only an f-string can interpolate; asking the tree for children of every string is the costly part.
      const hasInterpolation = parts?.prefix.includes('f') === true && node.namedChildren.some((child) => child?.type === 'interpolation');
      if (!parts || hasInterpolation) return { kind: 'expr', text };
      const value = decodeStringLiteral(text);
      return value === undefined ? { kind: 'expr', text } : { kind: 'str', value, text };
    }
    case 'concatenated_string': {
      let value = '';
      for (const part of named(node)) {
        const resolved = resolveValue(part, constants);
        if (resolved.kind !== 'str') return { kind: 'expr', text };
        value += resolved.value;
      }
      return { kind: 'str', value, text };
    }
    case 'binary_operator': {
      // "DROP " + "TABLE x": fold string concatenation of literals.
      const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
      const operator = node.childForFieldName('operator')?.text;
      if (operator === '+' && left && right) {
        const [a, b] = [resolveValue(left, constants), resolveValue(right, constants)];
        if (a.kind === 'str' && b.kind === 'str') return { kind: 'str', value: a.value + b.value, text };
      }
      return { kind: 'expr', text };
    }
    case 'integer':
    case 'float': {
      const value = Number(text.replace(/_/g, ''));
      return Number.isFinite(value) ? { kind: 'num', value, text } : { kind: 'expr', text };
    }
    case 'true':
      return { kind: 'bool', value: true, text };
    case 'false':
      return { kind: 'bool', value: false, text };
    case 'none':
      return { kind: 'none', text };
    case 'list':
    case 'tuple':
      return { kind: 'list', items: [...named(node)].filter((c) => c.type !== 'comment').map((c) => resolveValue(c, constants)), text };
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((child) => child?.type !== 'comment');
      return inner ? resolveValue(inner, constants) : { kind: 'expr', text };
    }
    case 'call': {
      const callee = (node.childForFieldName('function')?.text ?? '').replace(/\s+/g, '');
      const { args, kwargs } = resolveArguments(node, constants);
      return { kind: 'call', callee, args, kwargs, text };
    }
    case 'identifier':
      return constants.get(text) ?? { kind: 'name', name: text, text };
    case 'attribute':
      return { kind: 'name', name: text.replace(/\s+/g, ''), text };
    default:
      return { kind: 'expr', text };
  }
}
