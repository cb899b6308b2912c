/**
 * Syntax tree → MigrationFacts. Walks a tree-sitter-python tree of one Alembic
 * version file and records the module variables, the upgrade/downgrade bodies and
 * every migration operation with the context a rule needs (guards, batch table,
 * autocommit block, loops).
 */
import type { Node, Tree } from 'web-tree-sitter';
import type {
  Comment,
  CoreStatement,
  DialectCondition,
  EnvGuard,
  HelperCall,
  FunctionFacts,
  MigrationFacts,
  MigrationFunction,
  Operation,
  OtherCall,
  ParseProblem,
  PyValue,
  StringTemplatePart,
} from '../../model/facts.js';
import { decodeStringBody, decodeStringLiteral, splitStringLiteral } from './python-literal.js';

/** Methods of `op` that are plumbing, not schema operations. */
const OP_PLUMBING = new Set(['get_bind', 'get_context', 'f', 'inline_literal', 'batch_alter_table', 'implementation_for']);
/** Conventional names for a connection in migrations (`conn = op.get_bind()` is also tracked). */
const CONNECTION_NAMES = new Set(['connection', 'conn', 'bind', 'session', 'db']);
const CONNECTION_METHODS = new Set(['execute', 'exec_driver_sql']);
/** How deep helper calls are followed (upgrade → _a → _b …). */
const MAX_HELPER_DEPTH = 8;
/** Loops over more literal items than this are analysed once, as a loop over an unknown iterable. */
const MAX_LOOP_ITEMS = 100;
/** Helper bodies and loop iterations walked per file, at most. */
const MAX_EXPANSIONS = 5_000;
/** Expressions nested deeper than this resolve to `{ kind: 'expr' }` (keeps the JS stack bounded). */
const MAX_VALUE_DEPTH = 100;
/** Blocks nested deeper than this are not walked (CPython itself refuses 100 levels of indentation). */
const MAX_BLOCK_DEPTH = 200;

interface WalkContext {
  function: MigrationFunction;
  guards: EnvGuard[];
  inAutocommit: boolean;
  loopIterable?: string;
  /** Names a non-literal loop binds → the loop's iterable text (see Operation.loopNames). */
  loopNames?: Map<string, string>;
  /** `batch_op` alias → table name. */
  batchAliases: Map<string, string>;
  /** Local variables that hold an environment variable's value: `env = os.getenv("ENVIRONMENT")`. */
  envVariables: Map<string, string[]>;
  /** Local names bound to a connection: `conn = op.get_bind()`. */
  connectionNames: Set<string>;
  /** Module-level and local constants (strings, numbers, literal lists, `sa.text(…)`), so `op.drop_table(TABLE)` resolves. */
  constants: Map<string, PyValue>;
  /** Local names holding the dialect's name: `dialect = op.get_bind().dialect.name`. */
  dialectNames: Set<string>;
  /** Local names holding the database URL as a string: `url = str(op.get_bind().engine.url)`. */
  dialectUrls: Set<string>;
  /** Dialects the code being walked runs on (undefined: all). */
  dialects?: DialectCondition;
  /** Helper calls from upgrade()/downgrade() to the code being walked. */
  via: HelperCall[];
  /** Nesting depth of blocks. */
  depth: number;
  /** The module's helper functions (shared with ExtractState), for `if is_postgres():`. */
  helpers: Map<string, Node>;
  /** Names bound to SQLAlchemy Core table objects: `users = sa.table("users", sa.column("id"))`. */
  coreTables: Map<string, CoreTable>;
  /** What the module's imports bind to Alembic's `op` (shared with ExtractState). */
  op: OpNames;
}

/**
 * The names a module's imports bind to Alembic's `op` module and its functions: `op` itself (always, as
 * `from alembic import op` is the template's), `from alembic import op as alembic_op`, `import alembic.op as
 * aop`, `import alembic` (`alembic.op.add_column(…)`), and `from alembic.op import add_column, get_bind`, whose
 * functions are then called bare (`add_column("rses", …)`, as rucio's migrations do).
 */
interface OpNames {
  /** Receivers that are the op module: `op`, an alias, `alembic.op`. */
  modules: Set<string>;
  /** A bare name → the op function it is (`from alembic.op import execute as run`: `run` → `execute`). */
  functions: Map<string, string>;
  /** An import binds the name `op` to Alembic's op (`from alembic import op`, `import alembic.op as op`). */
  bindsOp: boolean;
  /** An import reaches Alembic's op under another name or function by function. */
  importsOtherwise: boolean;
}

/** A Core `table()` / `sa.Table(…)` object: its SQL name and the columns it declares. */
interface CoreTable {
  name: string;
  columns: string[];
}

/** What the walk of one file shares: the facts being built and what the module defines. */
interface ExtractState {
  facts: MigrationFacts;
  /** Module-level functions other than upgrade/downgrade, by name (the last definition wins, as in Python). */
  helpers: Map<string, Node>;
  moduleConstants: Map<string, PyValue>;
  moduleCoreTables: Map<string, CoreTable>;
  /** Operations recorded so far per migration function (the next one's `index`). */
  counts: Record<MigrationFunction, number>;
  /**
   * Walks left for helper bodies and loop iterations: nested loops and helpers called in loops multiply,
   * so past this many the rest is analysed the plain way (helpers not followed, loops walked once).
   */
  expansions: number;
  /**
   * Functions whose connection was switched to AUTOCOMMIT by a call walked so far: every operation walked
   * after it, in that function, runs outside the transaction (the walk follows the order code runs in).
   */
  autocommitFrom: Set<MigrationFunction>;
  op: OpNames;
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

  // Python runs the module top to bottom (variables in order), and upgrade() later, when every
  // module-level name is bound: read the module first, then walk the two functions.
  const state: ExtractState = {
    facts,
    helpers: new Map(),
    moduleConstants: new Map(),
    moduleCoreTables: new Map(),
    counts: { upgrade: 0, downgrade: 0 },
    expansions: MAX_EXPANSIONS,
    autocommitFrom: new Set(),
    op: { modules: new Set(['op']), functions: new Map(), bindsOp: false, importsOtherwise: false },
  };
  const functions: [Node, MigrationFunction][] = [];
  readModuleStatements(root, facts, state.moduleConstants, {
    assignment: (assignment) => bindCoreTable(assignment, state.moduleConstants, state.moduleCoreTables),
    other: (statement, type) => {
      if (type === 'import_from_statement' || type === 'import_statement') {
        // Read through the tree only when the import can be one of Alembic's; the template's own line binds `op`.
        const text = statement.text;
        if (text === 'from alembic import op') state.op.bindsOp = true;
        else if (text.includes('alembic')) readOpImport(statement, type, state.op);
      }
      const definition = type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
      if (definition?.type === 'function_definition') {
        const name = definition.childForFieldName('name')?.text;
        if (name === 'upgrade' || name === 'downgrade') functions.push([definition, name]);
        else if (name) state.helpers.set(name, definition);
      }
    },
  });
  if (state.op.importsOtherwise && !state.op.bindsOp) facts.opUnbound = true;
  for (const [definition, name] of functions) readFunction(definition, name, state);
  return facts;
}

/** A module-level import that binds Alembic's op module or its functions (OpNames). */
function readOpImport(statement: Node, type: string, op: OpNames): void {
  const dotted = (node: Node | null | undefined): string => (node?.text ?? '').replace(/\s+/g, '');
  /** An imported name and the name it is bound to: `a`, or `a as b`. */
  const imported = (node: Node): { name: string; alias?: string } => {
    if (node.type !== 'aliased_import') return { name: dotted(node) };
    const alias = node.childForFieldName('alias')?.text;
    return { name: dotted(node.childForFieldName('name')), ...(alias ? { alias } : {}) };
  };
  /** The op module reached as `receiver` (`op`, an alias, `alembic.op`). */
  const reach = (receiver: string): void => {
    op.modules.add(receiver);
    if (receiver === 'op') op.bindsOp = true;
    else op.importsOtherwise = true;
  };
  if (type === 'import_statement') {
    for (const node of statement.childrenForFieldName('name')) {
      if (!node) continue;
      const { name, alias } = imported(node);
      if (alias !== undefined) {
        if (name === 'alembic.op') reach(alias);
      } else if (name === 'alembic' || name === 'alembic.op') {
        reach('alembic.op');
      }
    }
    return;
  }
  const module = dotted(statement.childForFieldName('module_name'));
  if (module !== 'alembic' && module !== 'alembic.op') return;
  for (const node of statement.childrenForFieldName('name')) {
    if (!node) continue;
    const { name, alias } = imported(node);
    if (module === 'alembic') {
      if (name === 'op') reach(alias ?? 'op');
    } else {
      op.functions.set(alias ?? name, name);
      op.importsOtherwise = true;
    }
  }
}

/** The op function a call's callee names: `op.add_column`, `alembic_op.add_column`, or a bare `add_column` imported from alembic.op. */
function opFunctionOf(callee: Node | null | undefined, op: OpNames): string | undefined {
  if (callee?.type === 'identifier') return op.functions.get(callee.text);
  if (callee?.type !== 'attribute') return undefined;
  const object = callee.childForFieldName('object');
  return object && op.modules.has(object.text.replace(/\s+/g, '')) ? callee.childForFieldName('attribute')?.text : undefined;
}

/** A call without arguments. */
function takesNoArguments(call: Node): boolean {
  const args = call.childForFieldName('arguments');
  return args !== null && args.type === 'argument_list' && args.namedChildren.every((child) => child?.type === 'comment');
}

/** `op.get_bind()`, or `op.get_context().connection` / `.bind`: the migration's connection (through any name op has). */
function isOpConnection(node: Node, op: OpNames): boolean {
  if (node.type === 'call') return opFunctionOf(node.childForFieldName('function'), op) === 'get_bind' && takesNoArguments(node);
  if (node.type !== 'attribute') return false;
  const attribute = node.childForFieldName('attribute')?.text;
  const object = node.childForFieldName('object');
  return (
    (attribute === 'connection' || attribute === 'bind') &&
    object?.type === 'call' &&
    opFunctionOf(object.childForFieldName('function'), op) === 'get_context' &&
    takesNoArguments(object)
  );
}

/** `<x>.connect()`, `<x>.begin()`: a method of that name called without arguments. */
function callsMethod(node: Node, method: string): boolean {
  if (node.type !== 'call') return false;
  const callee = node.childForFieldName('function');
  return callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === method && takesNoArguments(node);
}

/** The expression's receiver chain starts at the migration's connection: `op.get_bind().execution_options(…)`. */
function startsAtOpConnection(node: Node, op: OpNames): boolean {
  for (let current: Node | null = node, depth = 0; current && depth < MAX_VALUE_DEPTH; depth++) {
    if (isOpConnection(current, op)) return true;
    current = current.type === 'call' ? current.childForFieldName('function') : current.type === 'attribute' ? current.childForFieldName('object') : null;
  }
  return false;
}

/** The module-level variables the revision graph reads (RevisionHeader in src/analysis/graph/graph.ts). */
export type ModuleHeader = Pick<MigrationFacts, 'revision' | 'revisionProblem' | 'downRevision' | 'downRevisionProblem' | 'branchLabels' | 'dependsOn' | 'message'>;

/**
 * The revision variables and the docstring of a module, read by the same module-level walk as
 * extractMigrationFacts, which never descends into a function: `check FILE` reads the other files
 * of a large project this way (parser.ts readHeader decides when that is exact).
 */
export function extractModuleHeader(root: Node): ModuleHeader {
  const facts: MigrationFacts = { path: '', sha256: '', branchLabels: [], dependsOn: [], annotatedVariables: false, operations: [], otherCalls: [], comments: [] };
  readModuleStatements(root, facts, new Map(), {});
  const { revision, revisionProblem, downRevision, downRevisionProblem, branchLabels, dependsOn, message } = facts;
  return {
    ...(revision ? { revision } : {}),
    ...(revisionProblem ? { revisionProblem } : {}),
    ...(downRevision ? { downRevision } : {}),
    ...(downRevisionProblem ? { downRevisionProblem } : {}),
    branchLabels,
    dependsOn,
    ...(message !== undefined ? { message } : {}),
  };
}

/**
 * Python runs the module top to bottom: the docstring, then each module-level assignment in order
 * (into `facts` and `constants`); `visit` sees each assignment and every other statement.
 */
function readModuleStatements(
  root: Node,
  facts: MigrationFacts,
  constants: Map<string, PyValue>,
  visit: { assignment?: (assignment: Node) => void; other?: (statement: Node, type: string) => void },
): void {
  let first = true;
  forEachNamedChild(root, (statement) => {
    // Each .type is a call into the parser's wasm: read it once per node.
    const type = statement.type;
    if (type === 'comment') return;
    if (type === 'pass_statement') {
      first = false;
      return;
    }
    if (type === 'expression_statement') {
      const expression = statement.namedChild(0);
      const expressionType = expression?.type;
      if (first && expressionType === 'string') facts.message = docstringMessage(expression!);
      if (expressionType === 'assignment') {
        readModuleAssignment(expression!, facts, constants);
        visit.assignment?.(expression!);
      }
    }
    first = false;
    visit.other?.(statement, type);
  });
}

/** Calls `visit` on each named child. (namedChildren marshals all children in one call into the wasm: cheaper than a cursor's three calls per child.) */
function forEachNamedChild(node: Node, visit: (child: Node) => void): void {
  for (const child of node.namedChildren) if (child) visit(child);
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
  const queue: Node[] = [root];
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at]!;
    if (node.isMissing) return { ...position(node), message: `syntax error: missing ${node.type}` };
    if (node.type === 'ERROR') {
      const snippet = node.text.split('\n')[0]!.trim().slice(0, 40);
      return { ...position(node), message: `syntax error near ${JSON.stringify(snippet)}` };
    }
    for (const child of node.children) if (child && child.hasError) queue.push(child);
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
  if (assignment.childForFieldName('type')) facts.annotatedVariables = true;
  const line = position(assignment).line;
  // `revision = rev = "x"`: every target of the chain gets the innermost value.
  const targets: Node[] = [];
  let right: Node | null = assignment;
  while (right?.type === 'assignment') {
    const left = right.childForFieldName('left');
    if (left) targets.push(left);
    right = right.childForFieldName('right');
  }
  // `revision: str` alone binds nothing.
  if (!right) return;
  for (const target of targets) {
    if (target.type === 'identifier') {
      assignModuleName(target.text, right ? resolveValue(right, constants) : undefined, right?.text ?? '', line, facts, constants);
    } else if (target.type === 'pattern_list' || target.type === 'tuple_pattern' || target.type === 'list_pattern') {
      // `revision, down_revision = "fz1", "abc"`
      const names = named(target);
      const items = right && ['expression_list', 'tuple', 'list'].includes(right.type) ? named(right).filter((n) => n.type !== 'comment') : undefined;
      names.forEach((name, i) => {
        if (name.type !== 'identifier') return;
        const item = items?.length === names.length ? items[i] : undefined;
        assignModuleName(name.text, item ? resolveValue(item, constants) : undefined, item?.text ?? right?.text ?? '', line, facts, constants);
      });
    } else if (target.type === 'subscript' && /^globals\(\)$/.test(target.childForFieldName('value')?.text.replace(/\s+/g, '') ?? '')) {
      // `globals()["revision"] = …` binds the variable Alembic reads, but not in a way Preflight can follow.
      const key = target.childForFieldName('subscript');
      const name = key?.type === 'string' ? decodeStringLiteral(key.text) : undefined;
      if (name === 'revision' || name === 'down_revision') {
        setRevisionProblem(facts, name, line, `${name} is set through globals()[…], which Preflight does not evaluate`);
      }
    }
  }
}

/** One module-level name bound to a value (undefined: a value Preflight cannot read). */
function assignModuleName(
  name: string,
  value: PyValue | undefined,
  source: string,
  line: number,
  facts: MigrationFacts,
  constants: Map<string, PyValue>,
): void {
  const plain = value ? unwrapStr(value) : undefined;
  // Only a problem message shows the source; most assignments have none.
  const shown = (): string => oneLineSource(source);
  switch (name) {
    case 'revision': {
      // A second assignment replaces the first (`delete` only when there is one: it slows the object down).
      if (facts.revision) delete facts.revision;
      if (facts.revisionProblem) delete facts.revisionProblem;
      const problem = plain ? revisionValueProblem(plain, 'revision') : `revision = ${shown()} is not a string Preflight can read`;
      if (problem) facts.revisionProblem = { line, message: problem };
      else facts.revision = { value: (plain as Extract<PyValue, { kind: 'str' }>).value, line };
      break;
    }
    case 'down_revision': {
      if (facts.downRevision) delete facts.downRevision;
      if (facts.downRevisionProblem) delete facts.downRevisionProblem;
      if (plain?.kind === 'none') {
        facts.downRevision = { value: null, line };
        break;
      }
      const items = plain?.kind === 'list' ? plain.items.map(unwrapStr) : plain ? [plain] : [];
      const problem =
        !plain || items.some((item) => item.kind !== 'str')
          ? `down_revision = ${shown()} is not a string, tuple of strings or None that Preflight can read`
          : items.map((item) => revisionValueProblem(item, 'down_revision')).find((p) => p !== undefined);
      if (problem) {
        facts.downRevisionProblem = { line, message: problem };
        break;
      }
      const ids = items.map((item) => (item as Extract<PyValue, { kind: 'str' }>).value);
      facts.downRevision = { value: ids.length === 0 ? null : ids.length === 1 ? ids[0]! : ids, line };
      break;
    }
    case 'branch_labels':
      // A label held in a constant (`(cli.EXPAND_BRANCH,)`, or `migration.EXPAND_BRANCH` alone) still marks a
      // labelled branch: keep its text.
      facts.branchLabels = !value
        ? []
        : (value.kind === 'list' ? value.items : [value]).flatMap((item) =>
            item.kind === 'str' ? [item.value] : item.kind === 'none' ? [] : [item.text],
          );
      break;
    case 'depends_on':
      facts.dependsOn = value ? stringsOf(value) : [];
      break;
    default:
      if (value && isStorable(value)) constants.set(name, value);
      else constants.delete(name);
  }
}

/** `str("x")` is the string "x". */
function unwrapStr(value: PyValue): PyValue {
  let current = value;
  for (let i = 0; i < 10 && current.kind === 'call' && current.callee === 'str' && current.args.length === 1; i++) current = current.args[0]!;
  return current;
}

/** Why Alembic would not accept this value as a revision id; undefined when it does. */
function revisionValueProblem(value: PyValue, variable: 'revision' | 'down_revision'): string | undefined {
  if (value.kind !== 'str') return `${variable} = ${oneLineSource(value.text)} is not a string Preflight can read`;
  if (splitStringLiteral(value.text)?.prefix.includes('b')) {
    return `${variable} is a bytes literal (${oneLineSource(value.text)}): Alembic needs a str`;
  }
  if (value.value === '') return `${variable} is an empty string`;
  if (variable === 'revision') {
    // Alembic's Revision refuses these characters (they are revision-expression syntax).
    const illegal = ['-', '+', '@'].filter((ch) => value.value.includes(ch));
    if (illegal.length > 0) {
      return `revision ${JSON.stringify(value.value)} contains ${illegal.map((ch) => `'${ch}'`).join(', ')}, which Alembic does not allow in a revision id`;
    }
  }
  return undefined;
}

function setRevisionProblem(facts: MigrationFacts, variable: 'revision' | 'down_revision', line: number, message: string): void {
  if (variable === 'revision') {
    delete facts.revision;
    facts.revisionProblem = { line, message };
  } else {
    delete facts.downRevision;
    facts.downRevisionProblem = { line, message };
  }
}

function oneLineSource(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/** Values worth keeping for a name: literals, literal lists, `sa.text(…)`, strings built from a template. */
function isStorable(value: PyValue): boolean {
  switch (value.kind) {
    case 'str':
    case 'num':
    case 'bool':
      return true;
    case 'list':
      return value.items.every(isLiteral);
    case 'call':
      return /(^|\.)text$/.test(value.callee);
    case 'expr':
      return value.template !== undefined;
    default:
      return false;
  }
}

/** A value fully known without running anything but the literal itself. */
function isLiteral(value: PyValue): boolean {
  if (value.kind === 'str' || value.kind === 'num' || value.kind === 'bool' || value.kind === 'none') return true;
  if (value.kind === 'list') return value.items.every(isLiteral);
  return false;
}

function stringsOf(value: PyValue): string[] {
  if (value.kind === 'str') return [value.value];
  if (value.kind === 'list') return value.items.flatMap((item) => (item.kind === 'str' ? [item.value] : []));
  return [];
}

function readFunction(definition: Node, name: MigrationFunction, state: ExtractState): void {
  const { facts } = state;
  const body = definition.childForFieldName('body');
  // Read once: each position is a call into the parser's wasm.
  const firstLine = position(definition).line;
  const lastLine = definition.endPosition.row + 1;
  // One list of the body's statements for both passes (a body can hold millions).
  const statements = body ? named(body) : [];
  // Each .type is a call into the wasm: read once, for both.
  const types = statements.map((statement) => statement.type);
  const functionFacts: FunctionFacts = {
    line: firstLine,
    isEmpty: isEmptyBody(statements, types),
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
    constants: new Map(state.moduleConstants),
    dialectNames: new Set(),
    dialectUrls: new Set(),
    via: [],
    depth: 0,
    helpers: state.helpers,
    coreTables: new Map(state.moduleCoreTables),
    op: state.op,
  };
  walkBlock(body, context, state, statements, types);
}

/** `pass`, `...`, a docstring and comments only. */
function isEmptyBody(statements: Node[], types: string[]): boolean {
  return statements.every((statement, i) => {
    const type = types[i];
    if (type === 'comment' || type === 'pass_statement') return true;
    const expression = type === 'expression_statement' ? statement.namedChild(0) : null;
    return expression?.type === 'string' || expression?.type === 'ellipsis';
  });
}

function walkBlock(block: Node, context: WalkContext, state: ExtractState, statements = named(block), types?: string[]): void {
  if (context.depth > MAX_BLOCK_DEPTH) return;
  // Guards established by an earlier `if <env test>: raise` protect the rest of this block; an early
  // `if dialect != "postgresql": return` makes the rest of it dialect-specific.
  let context_: WalkContext = { ...context, depth: context.depth + 1 };
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!;
    const type = types?.[i] ?? statement.type;
    walkStatement(statement, context_, state, type);
    if (type !== 'if_statement') continue;
    const raisingGuard = raisingEnvGuard(statement, context_);
    if (raisingGuard) context_ = { ...context_, guards: [...context_.guards, raisingGuard] };
    const rest = dialectsAfterEarlyExit(statement, context_);
    if (rest) context_ = { ...context_, dialects: rest };
  }
}

function walkStatement(statement: Node, context: WalkContext, state: ExtractState, type = statement.type): void {
  switch (type) {
    case 'comment':
    case 'pass_statement':
      return;
    case 'if_statement':
      return walkIf(statement, context, state);
    case 'with_statement':
      return walkWith(statement, context, state);
    case 'for_statement':
      return walkFor(statement, context, state);
    case 'while_statement':
    case 'try_statement':
    case 'except_clause':
    case 'finally_clause':
    case 'else_clause':
    case 'elif_clause':
    case 'block':
      return walkChildren(statement, context, state);
    case 'function_definition':
    case 'decorated_definition': {
      const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
      const body = definition?.childForFieldName('body');
      if (body) walkBlock(body, context, state);
      return;
    }
    case 'expression_statement': {
      const assignment = statement.namedChild(0);
      if (assignment?.type === 'assignment') trackAssignment(assignment, context);
      return collectCalls(statement, context, state);
    }
    default:
      return collectCalls(statement, context, state);
  }
}

function walkChildren(node: Node, context: WalkContext, state: ExtractState): void {
  for (const child of named(node)) {
    if (child.type === 'block') walkBlock(child, context, state);
    else walkStatement(child, context, state);
  }
}

/**
 * `for c in ("a", "b"):` (or over a module constant holding a literal list) runs the body once per item
 * with the loop variables bound; any other iterable is walked once, with `loopIterable` recorded.
 */
function walkFor(statement: Node, context: WalkContext, state: ExtractState): void {
  const iterable = statement.childForFieldName('right');
  const target = statement.childForFieldName('left');
  collectCalls(iterable, context, state);
  let bindings = iterable && target ? literalLoopBindings(target, iterable, context) : undefined;
  if (bindings && bindings.length > state.expansions) bindings = undefined;
  if (bindings) state.expansions -= bindings.length;
  let tables = !bindings && iterable && target?.type === 'identifier' ? coreTableLoop(iterable, context) : undefined;
  if (tables && tables.length > state.expansions) tables = undefined;
  if (tables) state.expansions -= tables.length;
  for (const part of named(statement)) {
    if (part.type === 'block') {
      if (tables) {
        // `for helper in [resources, history]:` over the module's Core tables: the body once with each (gnocchi).
        for (const table of tables) walkBlock(part, { ...context, coreTables: new Map(context.coreTables).set(target!.text, table) }, state);
      } else if (bindings) {
        for (const binding of bindings) {
          const constants = new Map(context.constants);
          for (const [name, value] of binding) constants.set(name, value);
          walkBlock(part, { ...context, constants }, state);
        }
      } else {
        const loopNames = new Map(context.loopNames);
        if (iterable && target) for (const name of boundNames(target)) loopNames.set(name, iterable.text);
        walkBlock(part, { ...context, ...(iterable ? { loopIterable: iterable.text, loopNames } : {}) }, state);
      }
    } else if (part.type === 'else_clause') {
      walkChildren(part, context, state);
    }
  }
}

/** The Core tables a literal list or tuple of names holds (`[resourcehelper, resourcehistoryhelper]`), when all are. */
function coreTableLoop(iterable: Node, context: WalkContext): CoreTable[] | undefined {
  if (context.coreTables.size === 0 || (iterable.type !== 'list' && iterable.type !== 'tuple')) return undefined;
  const items = named(iterable).filter((item) => item.type !== 'comment');
  if (items.length === 0 || items.length > MAX_LOOP_ITEMS) return undefined;
  const tables = items.map((item) => (item.type === 'identifier' ? context.coreTables.get(item.text) : undefined));
  return tables.every((table) => table !== undefined) ? (tables as CoreTable[]) : undefined;
}

/** The names a `for` target binds: `table`, `table, column`, `(a, (b, c))`. */
function boundNames(target: Node): string[] {
  if (target.type === 'identifier') return [target.text];
  if (!['pattern_list', 'tuple_pattern', 'list_pattern', 'parenthesized_expression'].includes(target.type)) return [];
  return named(target).flatMap((child) => boundNames(child));
}

/** Name → value per iteration, when the iterable is a literal list/tuple of at most MAX_LOOP_ITEMS items that fit the target. */
function literalLoopBindings(target: Node, iterable: Node, context: WalkContext): Map<string, PyValue>[] | undefined {
  const value = resolveValue(iterable, context.constants);
  if (value.kind !== 'list' || value.items.length > MAX_LOOP_ITEMS) return undefined;
  // A variable that starts empty is usually filled before the loop (`rows = []`, then `rows.append(…)`):
  // walk the body once. Only an empty literal written in the `for` itself runs it zero times.
  if (value.items.length === 0 && iterable.type === 'identifier') return undefined;
  const bindings: Map<string, PyValue>[] = [];
  for (const item of value.items) {
    if (!isLiteral(item) && item.kind !== 'call') return undefined;
    const binding = new Map<string, PyValue>();
    if (!bindTarget(target, item, binding, 0)) return undefined;
    bindings.push(binding);
  }
  return bindings;
}

function bindTarget(target: Node, value: PyValue, binding: Map<string, PyValue>, depth: number): boolean {
  if (target.type === 'identifier') {
    binding.set(target.text, value);
    return true;
  }
  if (depth > 5) return false;
  if (target.type === 'parenthesized_expression') {
    const inner = target.namedChild(0);
    return inner ? bindTarget(inner, value, binding, depth + 1) : false;
  }
  if (target.type !== 'pattern_list' && target.type !== 'tuple_pattern' && target.type !== 'list_pattern') return false;
  const names = named(target).filter((n) => n.type !== 'comment');
  if (value.kind !== 'list' || value.items.length !== names.length) return false;
  return names.every((name, i) => bindTarget(name, value.items[i]!, binding, depth + 1));
}

function walkIf(statement: Node, context: WalkContext, state: ExtractState): void {
  const condition = statement.childForFieldName('condition');
  collectCalls(condition, context, state);
  const variables = condition ? envVariablesIn(condition, context) : [];
  const guarded: WalkContext =
    variables.length > 0
      ? { ...context, guards: [...context.guards, { variables, line: position(statement).line, raisesBefore: false }] }
      : context;
  // Dialect tests: the consequence runs when the condition holds, each later branch when every earlier one failed.
  const test = condition ? dialectTest(condition, context, 0) : {};
  let otherwise: DialectCondition | undefined = test.whenFalse;
  let unknownEarlier = test.whenFalse === undefined && test.whenTrue !== undefined;
  const consequence = statement.childForFieldName('consequence');
  if (consequence) walkBlock(consequence, withDialects(guarded, test.whenTrue), state);
  for (const alternative of statement.childrenForFieldName('alternative')) {
    if (!alternative) continue;
    const earlier = unknownEarlier ? undefined : otherwise;
    if (alternative.type === 'elif_clause') {
      // The elif's own condition may add environment variables of its own.
      const elifCondition = alternative.childForFieldName('condition');
      const elifVariables = elifCondition ? envVariablesIn(elifCondition, context) : [];
      const all = [...new Set([...variables, ...elifVariables])];
      const elifContext =
        all.length > 0
          ? { ...context, guards: [...context.guards, { variables: all, line: position(alternative).line, raisesBefore: false }] }
          : context;
      const elifTest = elifCondition ? dialectTest(elifCondition, context, 0) : {};
      const body = alternative.childForFieldName('consequence');
      if (body) walkBlock(body, withDialects(elifContext, andDialects(earlier, elifTest.whenTrue)), state);
      if (elifTest.whenTrue !== undefined && elifTest.whenFalse === undefined) unknownEarlier = true;
      otherwise = andDialects(otherwise, elifTest.whenFalse);
    } else {
      const body = alternative.childForFieldName('body') ?? alternative.namedChildren.find((c) => c?.type === 'block');
      if (body) walkBlock(body, withDialects(guarded, earlier), state);
    }
  }
}

function withDialects(context: WalkContext, dialects: DialectCondition | undefined): WalkContext {
  const combined = andDialects(context.dialects, dialects);
  return combined === context.dialects ? context : { ...context, dialects: combined };
}

/** `if <tests an env var>: raise …` (or return / sys.exit) — guards everything after it in the block. */
function raisingEnvGuard(statement: Node, context: WalkContext): EnvGuard | undefined {
  const condition = statement.childForFieldName('condition');
  const consequence = statement.childForFieldName('consequence');
  if (!condition || !consequence) return undefined;
  const variables = envVariablesIn(condition, context);
  if (variables.length === 0) return undefined;
  return stopsBlock(consequence) ? { variables, line: position(statement).line, raisesBefore: true } : undefined;
}

/** A body that ends the function: `raise`, `return` or `sys.exit()` among its statements. */
function stopsBlock(consequence: Node): boolean {
  return named(consequence).some((inner) => {
    if (inner.type === 'raise_statement' || inner.type === 'return_statement') return true;
    const call = inner.type === 'expression_statement' ? inner.namedChild(0) : null;
    const callee = call?.type === 'call' ? call.childForFieldName('function')?.text : undefined;
    return callee === 'sys.exit' || callee === 'exit';
  });
}

/** `if op.get_bind().dialect.name != "postgresql": return` (no else): what follows runs only where the test failed. */
function dialectsAfterEarlyExit(statement: Node, context: WalkContext): DialectCondition | undefined {
  if (statement.childrenForFieldName('alternative').some((alternative) => alternative !== null)) return undefined;
  const condition = statement.childForFieldName('condition');
  const consequence = statement.childForFieldName('consequence');
  if (!condition || !consequence || !stopsBlock(consequence)) return undefined;
  const { whenFalse } = dialectTest(condition, context, 0);
  return whenFalse ? andDialects(context.dialects, whenFalse) : undefined;
}

// --- Dialect tests ---------------------------------------------------------------------------

/** What a condition says about the dialect when it holds and when it does not (undefined: nothing). */
interface DialectTest {
  whenTrue?: DialectCondition;
  whenFalse?: DialectCondition;
}

function dialectTest(node: Node, context: WalkContext, depth: number): DialectTest {
  if (depth > 20) return {};
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((child) => child?.type !== 'comment');
      return inner ? dialectTest(inner, context, depth + 1) : {};
    }
    case 'not_operator': {
      const inner = node.childForFieldName('argument');
      const test = inner ? dialectTest(inner, context, depth + 1) : {};
      return { ...(test.whenFalse ? { whenTrue: test.whenFalse } : {}), ...(test.whenTrue ? { whenFalse: test.whenTrue } : {}) };
    }
    case 'boolean_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const operator = node.childForFieldName('operator')?.type;
      if (!left || !right) return {};
      const [a, b] = [dialectTest(left, context, depth + 1), dialectTest(right, context, depth + 1)];
      if (operator === 'and') return defined({ whenTrue: andDialects(a.whenTrue, b.whenTrue), whenFalse: bothOr(a.whenFalse, b.whenFalse) });
      if (operator === 'or') return defined({ whenTrue: bothOr(a.whenTrue, b.whenTrue), whenFalse: andDialects(a.whenFalse, b.whenFalse) });
      return {};
    }
    case 'comparison_operator':
      return dialectComparison(node, context);
    case 'call': {
      const prefix = dialectPrefixTest(node, context);
      if (prefix) return prefix;
      // `if is_postgres():` where `def is_postgres(): return op.get_context().dialect.name == "postgresql"`.
      const returned = helperReturn(node, context);
      return returned ? dialectTest(returned, { ...context, dialectNames: new Set() }, depth + 1) : {};
    }
    default:
      return {};
  }
}

/** The expression a module helper called without arguments returns, when its body is that one `return`. */
function helperReturn(call: Node, context: WalkContext): Node | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier' || (call.childForFieldName('arguments')?.namedChildCount ?? 0) > 0) return undefined;
  const body = context.helpers.get(callee.text)?.childForFieldName('body');
  const statements = body ? named(body).filter((statement) => statement.type !== 'comment' && !isDocstring(statement)) : [];
  if (statements.length !== 1 || statements[0]!.type !== 'return_statement') return undefined;
  return statements[0]!.namedChild(0) ?? undefined;
}

function isDocstring(statement: Node): boolean {
  return statement.type === 'expression_statement' && statement.namedChild(0)?.type === 'string';
}

function defined(test: DialectTest): DialectTest {
  return { ...(test.whenTrue ? { whenTrue: test.whenTrue } : {}), ...(test.whenFalse ? { whenFalse: test.whenFalse } : {}) };
}

/** `<dialect> == "mysql"`, `!=`, `in ("mysql", "mariadb")`, `not in …` (either side). */
function dialectComparison(node: Node, context: WalkContext): DialectTest {
  const operands = named(node).filter((child) => child.type !== 'comment');
  const operators = node.childrenForFieldName('operators').filter((child): child is Node => child !== null);
  if (operands.length !== 2 || operators.length !== 1) return {};
  const operator = operators[0]!.type;
  const [left, right] = operands as [Node, Node];
  let names: string[] | undefined;
  if (isDialectName(left, context)) names = dialectLiterals(right, context, operator);
  else if ((operator === '==' || operator === '!=') && isDialectName(right, context)) names = dialectLiterals(left, context, operator);
  if (!names) return {};
  const only: DialectCondition = { only: names };
  const except: DialectCondition = { except: names };
  if (operator === '==' || operator === 'in' || operator === 'is') return { whenTrue: only, whenFalse: except };
  if (operator === '!=' || operator === 'not in' || operator === 'is not') return { whenTrue: except, whenFalse: only };
  return {};
}

/** The dialect's name: `op.get_context().dialect.name`, `bind.engine.name`, `conn.dialect.name`, or a local holding one. */
function isDialectName(node: Node, context: WalkContext): boolean {
  if (node.type === 'identifier') return context.dialectNames.has(node.text);
  if (node.type === 'call') {
    // `get_db_type() == "postgresql"` where `def get_db_type(): return op.get_context().dialect.name`.
    const returned = helperReturn(node, context);
    if (returned && returned.type !== 'call') return isDialectName(returned, { ...context, dialectNames: new Set() });
  }
  if (node.type !== 'attribute' && node.type !== 'call') return false;
  return DIALECT_NAME.test(node.text.replace(/\s+/g, ''));
}
const DIALECT_NAME = /(^|\.)(dialect|engine)\.name$/;
/** The URL as a string (`str(bind.engine.url)`) or its driver name (`bind.engine.url.drivername`): both start with the dialect. */
const DIALECT_URL = /^str\(.+\.url\)$|\.url\.drivername$/;
const KNOWN_DIALECTS = ['postgresql', 'mysql', 'mariadb', 'sqlite', 'oracle', 'mssql'];

/**
 * `url.startswith("mysql")` on the URL string, its drivername or the dialect's name: the dialects whose
 * name starts so (a MySQL URL also serves MariaDB).
 */
function dialectPrefixTest(call: Node, context: WalkContext): DialectTest | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'startswith') return undefined;
  const subject = callee.childForFieldName('object');
  const args = named(call.childForFieldName('arguments') ?? call).filter((child) => child.type !== 'comment');
  if (!subject || args.length !== 1) return undefined;
  const isUrl =
    (subject.type === 'identifier' && context.dialectUrls.has(subject.text)) ||
    DIALECT_URL.test(subject.text.replace(/\s+/g, '')) ||
    isDialectName(subject, context);
  const prefix = resolveValue(args[0]!, context.constants);
  if (!isUrl || prefix.kind !== 'str' || prefix.value === '') return undefined;
  const names = KNOWN_DIALECTS.filter((name) => name.startsWith(prefix.value.toLowerCase()));
  if (names.includes('mysql') && !names.includes('mariadb')) names.push('mariadb');
  if (names.length === 0) return undefined;
  return { whenTrue: { only: names }, whenFalse: { except: names } };
}

/** The dialect names a comparison's other side lists (lower-case), for `==` a string, for `in` a tuple/list/set of strings. */
function dialectLiterals(node: Node, context: WalkContext, operator: string): string[] | undefined {
  if (operator === '==' || operator === '!=' || operator === 'is' || operator === 'is not') {
    const value = resolveValue(node, context.constants);
    return value.kind === 'str' ? [value.value.toLowerCase()] : undefined;
  }
  if (operator !== 'in' && operator !== 'not in') return undefined;
  if (node.type === 'set') {
    const items = named(node).filter((child) => child.type !== 'comment').map((child) => resolveValue(child, context.constants));
    return items.every((item) => item.kind === 'str') ? items.map((item) => (item as { value: string }).value.toLowerCase()) : undefined;
  }
  const value = resolveValue(node, context.constants);
  if (value.kind !== 'list') return undefined;
  return value.items.every((item) => item.kind === 'str') ? value.items.map((item) => (item as { value: string }).value.toLowerCase()) : undefined;
}

/** Both conditions hold. */
function andDialects(a: DialectCondition | undefined, b: DialectCondition | undefined): DialectCondition | undefined {
  if (!a) return b;
  if (!b) return a;
  if ('only' in a && 'only' in b) return { only: a.only.filter((name) => b.only.includes(name)) };
  if ('only' in a && 'except' in b) return { only: a.only.filter((name) => !b.except.includes(name)) };
  if ('except' in a && 'only' in b) return { only: b.only.filter((name) => !a.except.includes(name)) };
  return { except: [...new Set([...(a as { except: string[] }).except, ...(b as { except: string[] }).except])] };
}

/** One of the conditions holds (nothing known unless both say something). */
function bothOr(a: DialectCondition | undefined, b: DialectCondition | undefined): DialectCondition | undefined {
  if (!a || !b) return undefined;
  if ('only' in a && 'only' in b) return { only: [...new Set([...a.only, ...b.only])] };
  if ('except' in a && 'except' in b) return { except: a.except.filter((name) => b.except.includes(name)) };
  const [only, except] = 'only' in a ? [a.only, (b as { except: string[] }).except] : [(b as { only: string[] }).only, a.except];
  return { except: except.filter((name) => !only.includes(name)) };
}

// --- Environment guards ----------------------------------------------------------------------

/** Environment variable names an expression reads, directly or through a tracked local. */
function envVariablesIn(expression: Node, context: WalkContext): string[] {
  const found = new Set<string>();
  // An explicit stack: conditions can nest deeper than the JS stack (`not not … x`).
  const stack: Node[] = [expression];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const read = envRead(node);
    if (read) {
      found.add(read);
      continue;
    }
    if (node.type === 'identifier') for (const name of context.envVariables.get(node.text) ?? []) found.add(name);
    const children = named(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return [...found];
}

/** `os.getenv("X")`, `os.environ.get("X")`, `os.environ["X"]`, `getenv("X")`, `"X" in os.environ` → "X". */
function envRead(node: Node): string | undefined {
  const type = node.type;
  if (type === 'call') {
    const callee = node.childForFieldName('function')?.text ?? '';
    if (/^(os\.)?getenv$|^(os\.)?environ\.get$/.test(callee)) {
      const first = node.childForFieldName('arguments')?.namedChild(0);
      return first?.type === 'string' ? decodeStringLiteral(first.text) : '?';
    }
  }
  if (type === 'subscript' && /^(os\.)?environ$/.test(node.childForFieldName('value')?.text ?? '')) {
    const key = node.childForFieldName('subscript');
    return key?.type === 'string' ? decodeStringLiteral(key.text) : '?';
  }
  if (type === 'comparison_operator') {
    const [left, right] = [node.namedChild(0), node.namedChild(1)];
    if (left?.type === 'string' && /^(os\.)?environ$/.test(right?.text ?? '') && /\bin\b/.test(node.text)) return decodeStringLiteral(left.text);
  }
  return undefined;
}

function trackAssignment(assignment: Node, context: WalkContext): void {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (!left || !right) return;
  if (left.type !== 'identifier') {
    // `a, b = …`: the names no longer hold what they held.
    for (const name of left.type === 'pattern_list' || left.type === 'tuple_pattern' ? named(left) : []) {
      if (name.type === 'identifier') context.constants.delete(name.text);
    }
    return;
  }
  const variables = envVariablesIn(right, context);
  if (variables.length > 0) context.envVariables.set(left.text, variables);
  bindCoreTable(assignment, context.constants, context.coreTables);
  // `table = other` inside the loop: the name no longer walks the loop's iterable.
  context.loopNames?.delete(left.text);
  const text = right.text.replace(/\s+/g, '');
  // Every form of the connection ends so (`op.get_bind()`, `engine.connect()`, `op.get_context().bind`): the tree is
  // asked about those only.
  if ((text.endsWith('()') || text.endsWith('.connection') || text.endsWith('.bind')) && (isOpConnection(right, context.op) || callsMethod(right, 'connect'))) {
    context.connectionNames.add(left.text);
  }
  if (DIALECT_NAME.test(text)) context.dialectNames.add(left.text);
  else context.dialectNames.delete(left.text);
  if (DIALECT_URL.test(text)) context.dialectUrls.add(left.text);
  else context.dialectUrls.delete(left.text);
  const value = resolveValue(right, context.constants);
  if (isStorable(value)) context.constants.set(left.text, value);
  else context.constants.delete(left.text);
}

function walkWith(statement: Node, context: WalkContext, state: ExtractState): void {
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
    const callee = value.type === 'call' ? value.childForFieldName('function') : null;
    if (callee?.text.endsWith('batch_alter_table') && opFunctionOf(callee, context.op) === 'batch_alter_table') {
      const table = resolveValue(value.childForFieldName('arguments')?.namedChild(0) ?? value, context.constants);
      const tableKw = keywordArgument(value, 'table_name');
      const tableValue = tableKw ? resolveValue(tableKw, context.constants) : table;
      if (alias && tableValue.kind === 'str') {
        inner = { ...inner, batchAliases: new Map(inner.batchAliases).set(alias, tableValue.value) };
      }
    } else if (/autocommit_block\(\)$/.test(text)) {
      inner = { ...inner, inAutocommit: true };
    } else {
      collectCalls(value, context, state);
      if (alias && (startsAtOpConnection(value, context.op) || callsMethod(value, 'connect') || callsMethod(value, 'begin'))) {
        inner = { ...inner, connectionNames: new Set(inner.connectionNames).add(alias) };
      }
    }
  }
  const body = statement.childForFieldName('body');
  if (body) walkBlock(body, inner, state);
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

// --- Calls -----------------------------------------------------------------------------------

/** Records every call in an expression: migration operations, other calls, and what helper functions called here do. */
function collectCalls(node: Node | null, context: WalkContext, state: ExtractState): void {
  if (!node) return;
  // Calls read as part of a Core statement already (the inner links of `sa.select(t).where(…)`).
  const coreSeen = new Set<number>();
  // An explicit stack, in source order: expressions can nest deeper than the JS stack.
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const type = current.type;
    if (type === 'lambda' || type === 'function_definition') continue;
    if (type === 'call') {
      const operation = toOperation(current, context, state);
      if (operation) {
        state.facts.operations.push(operation);
        // The statement an execute runs: `conn.execute(sa.select(users))`.
        collectCoreStatements(current.childForFieldName('arguments'), context, state, coreSeen);
        continue;
      }
      const other = toOtherCall(current, context);
      if (other.callee.endsWith('.execution_options') && isAutocommitSwitch(current, context)) {
        state.autocommitFrom.add(context.function);
        (state.facts.autocommitSwitches ??= []).push({
          function: context.function,
          ...position(current),
          text: current.text,
          ...(context.via.length > 0 ? { via: context.via } : {}),
        });
      }
      state.facts.otherCalls.push(other);
      recordCoreStatement(current, context, state, coreSeen);
      inlineHelper(current, context, state);
    }
    const children = named(current);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * `_drop_fk("orders")` where `_drop_fk` is a function of this module: its body is walked as if it
 * were written at the call, with literal arguments bound to its parameters.
 */
function inlineHelper(call: Node, context: WalkContext, state: ExtractState): void {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier') return;
  const name = callee.text;
  const definition = state.helpers.get(name);
  if (!definition || context.via.length >= MAX_HELPER_DEPTH || context.via.some((step) => step.name === name)) return;
  if (state.expansions <= 0) return;
  state.expansions--;
  const body = definition.childForFieldName('body');
  if (!body) return;
  const constants = new Map(state.moduleConstants);
  const batchAliases = new Map<string, string>();
  const connectionNames = new Set(CONNECTION_NAMES);
  const coreTables = new Map(state.moduleCoreTables);
  const { positional, keywords } = callArguments(call);
  const helperLoopNames = new Map<string, string>();
  const parameters = definition.childForFieldName('parameters');
  let index = 0;
  for (const parameter of parameters ? named(parameters) : []) {
    const type = parameter.type;
    if (type === 'list_splat_pattern' || type === 'dictionary_splat_pattern' || type === 'keyword_separator') {
      index = Infinity; // after *args only keywords bind
      continue;
    }
    if (type === 'positional_separator' || type === 'comment') continue;
    const nameNode = type === 'identifier' ? parameter : type === 'typed_parameter' ? parameter.namedChild(0) : parameter.childForFieldName('name');
    if (nameNode?.type !== 'identifier') continue;
    const parameterName = nameNode.text;
    const argument = keywords.get(parameterName) ?? (index < positional.length ? positional[index] : undefined);
    index++;
    // A parameter shadows a module-level table of its name, unless the caller passes a Core table.
    const passedTable = argument?.type === 'identifier' ? context.coreTables.get(argument.text) : undefined;
    if (passedTable) coreTables.set(parameterName, passedTable);
    else coreTables.delete(parameterName);
    if (argument) {
      const argumentText = argument.text.replace(/\s+/g, '');
      const loopIterable = argument.type === 'identifier' ? context.loopNames?.get(argument.text) : undefined;
      if (loopIterable !== undefined) helperLoopNames.set(parameterName, loopIterable);
      const table = context.batchAliases.get(argumentText);
      if (table !== undefined) batchAliases.set(parameterName, table);
      if (isConnection(argument, context)) {
        connectionNames.add(parameterName);
      } else if (!CONNECTION_NAMES.has(parameterName)) {
        connectionNames.delete(parameterName);
      }
      const value = resolveValue(argument, context.constants);
      if (isStorable(value)) constants.set(parameterName, value);
      else constants.delete(parameterName);
    } else {
      const fallback = parameter.childForFieldName('value');
      const value = fallback ? resolveValue(fallback, state.moduleConstants) : undefined;
      if (value && isStorable(value)) constants.set(parameterName, value);
      else constants.delete(parameterName);
    }
  }
  const helperContext: WalkContext = {
    function: context.function,
    guards: context.guards,
    inAutocommit: context.inAutocommit,
    ...(context.loopIterable !== undefined ? { loopIterable: context.loopIterable, loopNames: helperLoopNames } : {}),
    batchAliases,
    envVariables: new Map(),
    connectionNames,
    constants,
    dialectNames: new Set(),
    dialectUrls: new Set(),
    ...(context.dialects ? { dialects: context.dialects } : {}),
    via: [...context.via, { name, line: position(call).line }],
    depth: context.depth,
    helpers: state.helpers,
    coreTables,
    op: context.op,
  };
  walkBlock(body, helperContext, state);
}

/** A call's positional argument nodes and keyword argument nodes by name (splats skipped). */
function callArguments(call: Node): { positional: Node[]; keywords: Map<string, Node> } {
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  const list = call.childForFieldName('arguments');
  for (const arg of list ? named(list) : []) {
    const type = arg.type;
    if (type === 'comment' || type === 'list_splat' || type === 'dictionary_splat') continue;
    if (type === 'keyword_argument') {
      const parts = named(arg);
      if (parts.length >= 2) keywords.set(parts[0]!.text, parts[parts.length - 1]!);
    } else {
      positional.push(arg);
    }
  }
  return { positional, keywords };
}

function toOperation(call: Node, context: WalkContext, state: ExtractState): Operation | undefined {
  const callee = call.childForFieldName('function');
  // Each .type and field is a call into the parser's wasm: read once (this runs for every call of the file).
  const calleeType = callee?.type;
  if (calleeType === 'identifier') {
    // `add_column("rses", …)` after `from alembic.op import add_column`.
    const opFunction = context.op.functions.size > 0 ? context.op.functions.get(callee!.text) : undefined;
    return opFunction && !OP_PLUMBING.has(opFunction) ? operationOf(call, opFunction, 'op', '', undefined, context, state) : undefined;
  }
  if (calleeType !== 'attribute') return undefined;
  const object = callee!.childForFieldName('object');
  const method = callee!.childForFieldName('attribute')?.text;
  if (!object || !method) return undefined;
  const objectText = object.text.replace(/\s+/g, '');
  let receiver: Operation['receiver'];
  let batchTable: string | undefined;
  if (context.op.modules.has(objectText)) {
    if (OP_PLUMBING.has(method)) return undefined;
    receiver = 'op';
  } else if (context.batchAliases.has(objectText)) {
    receiver = 'batch';
    batchTable = context.batchAliases.get(objectText);
  } else if (
    CONNECTION_METHODS.has(method) &&
    isConnection(object, context)
  ) {
    receiver = 'connection';
  } else {
    return undefined;
  }
  return operationOf(call, method, receiver, object.text, batchTable, context, state);
}

/** The operation `call` makes: `method` of `receiver`, written `receiverText.method(…)` (`receiverText` empty: called bare). */
function operationOf(
  call: Node,
  method: string,
  receiver: Operation['receiver'],
  receiverText: string,
  batchTable: string | undefined,
  context: WalkContext,
  state: ExtractState,
): Operation {
  const { args, kwargs } = resolveArguments(call, context.constants, 0);
  const start = position(call);
  // Counted, not searched: a file can hold 100,000 operations.
  const index = state.counts[context.function]++;
  return {
    name: method,
    receiver,
    receiverText,
    ...(batchTable !== undefined ? { batchTable } : {}),
    args,
    kwargs,
    function: context.function,
    line: start.line,
    column: start.column,
    endLine: call.endPosition.row + 1,
    text: call.text,
    guards: context.guards,
    inAutocommit: context.inAutocommit || state.autocommitFrom.has(context.function),
    ...(context.loopIterable !== undefined ? { loopIterable: context.loopIterable } : {}),
    ...(context.loopNames && context.loopNames.size > 0 ? { loopNames: Object.fromEntries(context.loopNames) } : {}),
    index,
    ...(context.via.length > 0 ? { via: context.via } : {}),
    ...(context.dialects ? { dialects: context.dialects } : {}),
  };
}

/** A connection of the migration (`op.get_bind()`, `conn`, …) written as the receiver of a call. */
function isConnection(node: Node, context: WalkContext): boolean {
  return context.connectionNames.has(node.text.replace(/\s+/g, '')) || isOpConnection(node, context.op);
}

/** The plain string literals among a call's arguments, positional or keyword (OtherCall.literals). */
function stringLiterals(call: Node): string[] {
  const literals: string[] = [];
  const args = call.childForFieldName('arguments');
  if (args?.type !== 'argument_list') return literals;
  for (const argument of args.namedChildren) {
    const value = argument?.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
    if (value?.type !== 'string') continue;
    const text = value.text;
    if (text.length > MAX_LITERAL_LENGTH + 8) continue;
    const parts = splitStringLiteral(text);
    const decoded = parts && !parts.prefix.includes('f') ? decodeStringLiteral(text) : undefined;
    if (decoded !== undefined && decoded.length <= MAX_LITERAL_LENGTH) literals.push(decoded);
  }
  return literals;
}

/** `<connection>.execution_options(isolation_level="AUTOCOMMIT")`. */
function isAutocommitSwitch(call: Node, context: WalkContext): boolean {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'execution_options') return false;
  const object = callee.childForFieldName('object');
  if (!object || !isConnection(object, context)) return false;
  const level = keywordArgument(call, 'isolation_level');
  const value = level ? resolveValue(level, context.constants) : undefined;
  return value?.kind === 'str' && value.value.toUpperCase() === 'AUTOCOMMIT';
}

/** Longest string literal an OtherCall keeps (`literals`): names, not SQL or messages. */
const MAX_LITERAL_LENGTH = 128;

function toOtherCall(call: Node, context: WalkContext): OtherCall {
  const text = call.text;
  const callee = call.childForFieldName('function');
  const literals = callee?.type === 'identifier' && context.helpers.has(callee.text) ? [] : stringLiterals(call);
  return {
    callee: (callee?.text ?? '').replace(/\s+/g, ''),
    function: context.function,
    ...position(call),
    guards: context.guards,
    text: text.length > 200 ? `${text.slice(0, 200)}…` : text,
    ...(literals.length > 0 ? { literals } : {}),
    ...(context.via.length > 0 ? { via: context.via } : {}),
    ...(context.dialects ? { dialects: context.dialects } : {}),
  };
}

// --- SQLAlchemy Core ---------------------------------------------------------------------------

/**
 * `table`, `sa.table`, `sa.sql.table`, `sqlalchemy.Table`, … (and the same for columns, below), and the reflection
 * helper OpenStack projects share (`utils.load_table(name, connection)`: `sa.Table(name, MetaData(), autoload_with=…)`).
 */
const CORE_TABLE = /^(?:(?:sa|sqlalchemy)\.)?(?:sql\.)?(?:expression\.)?(?:table|Table)$|(?:^|\.)load_table$/;
const CORE_COLUMN = /^(?:(?:sa|sqlalchemy)\.)?(?:sql\.)?(?:expression\.)?(?:column|Column)$/;
/** The module a Core constructor is called through: `sa.select(…)`, `sqlalchemy.sql.update(…)`. */
const SQLALCHEMY_MODULE = /^(?:sa|sqlalchemy)(?:\.sql)?(?:\.expression)?$/;
const CORE_KINDS = new Set(['select', 'update', 'insert', 'delete']);

/** `name = sa.table("users", sa.column("id"), …)` binds a Core table; any other value unbinds the name. */
function bindCoreTable(assignment: Node, constants: Map<string, PyValue>, tables: Map<string, CoreTable>): void {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (left?.type !== 'identifier') return;
  const table = right?.type === 'call' ? coreTableOf(right, constants) : undefined;
  if (table) tables.set(left.text, table);
  else tables.delete(left.text);
}

function coreTableOf(call: Node, constants: Map<string, PyValue>): CoreTable | undefined {
  if (!CORE_TABLE.test(calleeText(call))) return undefined;
  const { positional, keywords } = callArguments(call);
  const nameNode = keywords.get('name') ?? positional[0];
  const name = nameNode ? resolveValue(nameNode, constants) : undefined;
  if (name?.kind !== 'str') return undefined;
  const columns = positional.slice(1).flatMap((argument) => {
    if (argument.type !== 'call' || !CORE_COLUMN.test(calleeText(argument))) return [];
    const first = callArguments(argument).positional[0];
    const value = first ? resolveValue(first, constants) : undefined;
    return value?.kind === 'str' ? [value.value] : [];
  });
  return { name: name.value, columns };
}

function calleeText(call: Node): string {
  return (call.childForFieldName('function')?.text ?? '').replace(/\s+/g, '');
}

/** `sa.select(t).where(…).limit(1)`: the object the chain starts from (`sa`; none for `select(…)`) and each method call, first to last. */
function chainOf(call: Node): { base?: Node; links: { method: string; call: Node }[] } {
  const links: { method: string; call: Node }[] = [];
  let current = call;
  for (let depth = 0; depth < MAX_VALUE_DEPTH; depth++) {
    const callee = current.childForFieldName('function');
    if (callee?.type === 'identifier') {
      links.unshift({ method: callee.text, call: current });
      return { links };
    }
    const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    const object = callee?.childForFieldName('object');
    if (!method || !object) break;
    links.unshift({ method, call: current });
    if (object.type !== 'call') return { base: object, links };
    current = object;
  }
  return { links: [] };
}

type CoreReads = { tables: Set<string>; columns: Set<string> };

/**
 * The Core statement a call chain builds: `select(t)`, `sa.select(t.c.a, t.c.b)`, `t.select()`,
 * `session.query(t)`, `t.update().values(…)`, `sa.insert(t).from_select(…)`. Its calls, and the calls of
 * the statements nested in it, are marked read.
 */
function coreStatementOf(call: Node, context: WalkContext, seen: Set<number>): Pick<CoreStatement, 'kind' | 'target' | 'reads'> | undefined {
  const { base, links } = chainOf(call);
  const first = links[0];
  if (!first) return undefined;
  const baseTable = base?.type === 'identifier' ? context.coreTables.get(base.text) : undefined;
  const viaModule = base === undefined || SQLALCHEMY_MODULE.test(base.text.replace(/\s+/g, ''));
  const reads: CoreReads = { tables: new Set(), columns: new Set() };
  const args = callArguments(first.call).positional;
  let kind: CoreStatement['kind'];
  let target: string | undefined;
  if (CORE_KINDS.has(first.method) && (baseTable || viaModule)) {
    kind = first.method as CoreStatement['kind'];
    const table = baseTable ?? (args[0]?.type === 'identifier' ? context.coreTables.get(args[0].text) : undefined);
    if (kind === 'select') {
      if (baseTable) addTable(reads, baseTable);
      else for (const argument of args) addSelected(argument, reads, context, seen);
    } else {
      if (!table) return undefined;
      target = table.name;
    }
  } else if (first.method === 'query' && base !== undefined && !baseTable) {
    // An ORM query of Core tables: `session.query(ports)` selects their rows.
    kind = 'select';
    for (const argument of args) addSelected(argument, reads, context, seen);
  } else {
    return undefined;
  }
  if (kind === 'select' && reads.tables.size === 0) return undefined;
  for (const link of links) {
    seen.add(link.call.id);
    if (kind !== 'select' && (link.method === 'values' || link.method === 'from_select')) addReferences(link.call.childForFieldName('arguments'), reads, context, seen);
  }
  return { kind, ...(target !== undefined ? { target } : {}), reads: { tables: [...reads.tables], columns: [...reads.columns] } };
}

/** A whole table selected: its declared columns, or every column (`*`) of a table reflected from the database. */
function addTable(reads: CoreReads, table: CoreTable): void {
  reads.tables.add(table.name);
  if (table.columns.length === 0) reads.columns.add('*');
  for (const column of table.columns) reads.columns.add(column);
}

/** A selected expression: a whole table (its declared columns), a list of them, or the `t.c.x` columns it names. */
function addSelected(node: Node, reads: CoreReads, context: WalkContext, seen: Set<number>): void {
  const table = node.type === 'identifier' ? context.coreTables.get(node.text) : undefined;
  if (table) addTable(reads, table);
  else if (node.type === 'list' || node.type === 'tuple') for (const item of named(node)) addSelected(item, reads, context, seen);
  else addReferences(node, reads, context, seen);
}

/** Every `t.c.column` of a Core table in an expression, and what the selects nested in it read. */
function addReferences(node: Node | null, reads: CoreReads, context: WalkContext, seen: Set<number>): void {
  const stack: Node[] = node ? [node] : [];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const type = current.type;
    if (type === 'lambda') continue;
    if (type === 'call' && !seen.has(current.id)) {
      const nested = coreStatementOf(current, context, seen);
      if (nested?.kind === 'select') {
        for (const name of nested.reads.tables) reads.tables.add(name);
        for (const name of nested.reads.columns) reads.columns.add(name);
        continue;
      }
    }
    if (type === 'attribute') {
      const owner = current.childForFieldName('object');
      const column = current.childForFieldName('attribute')?.text;
      // `users.c.name`, or its long form `users.columns.name`.
      const collection = owner?.type === 'attribute' ? owner.childForFieldName('attribute')?.text : undefined;
      const tableNode = collection === 'c' || collection === 'columns' ? owner!.childForFieldName('object') : undefined;
      const table = tableNode?.type === 'identifier' ? context.coreTables.get(tableNode.text) : undefined;
      if (table && column) {
        reads.tables.add(table.name);
        reads.columns.add(column);
        continue;
      }
    }
    stack.push(...named(current));
  }
}

/** Records the Core statement a call builds, unless it is part of one already recorded. */
function recordCoreStatement(call: Node, context: WalkContext, state: ExtractState, seen: Set<number>): void {
  if (context.coreTables.size === 0 || seen.has(call.id)) return;
  const statement = coreStatementOf(call, context, seen);
  if (!statement) return;
  (state.facts.coreStatements ??= []).push({
    ...statement,
    function: context.function,
    ...position(call),
    at: state.counts[context.function],
    ...(context.via.length > 0 ? { via: context.via } : {}),
    ...(context.dialects ? { dialects: context.dialects } : {}),
  });
}

/** The Core statements in an expression that is not walked for operations (an execute's arguments). */
function collectCoreStatements(node: Node | null, context: WalkContext, state: ExtractState, seen: Set<number>): void {
  if (!node || context.coreTables.size === 0) return;
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const type = current.type;
    if (type === 'lambda') continue;
    if (type === 'call') recordCoreStatement(current, context, state, seen);
    const children = named(current);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

// --- Values ----------------------------------------------------------------------------------

function resolveArguments(
  call: Node,
  constants: Map<string, PyValue>,
  depth: number,
): { args: PyValue[]; kwargs: Record<string, PyValue> } {
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
      if (name && value) kwargs[name] = resolveValue(value, constants, depth + 1);
    } else if (type === 'list_splat' || type === 'dictionary_splat') {
      args.push({ kind: 'expr', text: arg.text });
    } else {
      args.push(resolveValue(arg, constants, depth + 1));
    }
  }
  return { args, kwargs };
}

/**
 * Resolves an expression to a literal where it is one (strings, numbers, lists, calls with literal args,
 * names bound to constants), and strings built by f-string, `%`, `.format()` or `+` to a string (all
 * parts known) or a template (some not). Beyond MAX_VALUE_DEPTH levels of nesting: `{ kind: 'expr' }`.
 */
export function resolveValue(node: Node, constants: Map<string, PyValue> = new Map(), depth = 0): PyValue {
  const text = node.text;
  if (depth > MAX_VALUE_DEPTH) return { kind: 'expr', text };
  switch (node.type) {
    case 'string': {
      const parts = splitStringLiteral(text);
      if (!parts) return { kind: 'expr', text };
      // Only an f-string can interpolate; asking the tree for children of every string is the costly part.
      if (parts.prefix.includes('f')) return fString(node, parts.prefix, constants, depth);
      const value = decodeStringLiteral(text);
      return value === undefined ? { kind: 'expr', text } : { kind: 'str', value, text };
    }
    case 'concatenated_string':
      return fromTemplate(
        named(node).filter((part) => part.type !== 'comment').flatMap((part) => templateOf(resolveValue(part, constants, depth + 1))),
        text,
      );
    case 'binary_operator': {
      const operator = node.childForFieldName('operator')?.text;
      if (operator === '+') return concatenation(node, constants, depth);
      if (operator === '%') return percentFormat(node, constants, depth);
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
      return {
        kind: 'list',
        items: named(node)
          .filter((c) => c.type !== 'comment')
          .map((c) => resolveValue(c, constants, depth + 1)),
        text,
      };
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((child) => child?.type !== 'comment');
      return inner ? resolveValue(inner, constants, depth + 1) : { kind: 'expr', text };
    }
    case 'call': {
      const calleeNode = node.childForFieldName('function');
      const callee = (calleeNode?.text ?? '').replace(/\s+/g, '');
      if (calleeNode?.type === 'attribute' && calleeNode.childForFieldName('attribute')?.text === 'format') {
        const formatted = formatCall(node, calleeNode, constants, depth);
        if (formatted) return formatted;
      }
      // `textwrap.dedent('''…''')` (notify's SQL): the same text without its common indentation.
      if (callee === 'textwrap.dedent') {
        const { positional, keywords } = callArguments(node);
        const inner = positional.length === 1 && keywords.size === 0 ? resolveValue(positional[0]!, constants, depth + 1) : undefined;
        if (inner?.kind === 'str') return { kind: 'str', value: pythonDedent(inner.value), text };
        // SQL read from a template does not depend on its indentation.
        if (inner?.kind === 'expr' && inner.template) return { ...inner, text };
      }
      // `sa.text("… :id").bindparams(id=…)` runs the text's SQL: the value is the text() call.
      const textClause = textClauseOf(calleeNode);
      if (textClause) return resolveValue(textClause, constants, depth + 1);
      const { args, kwargs } = resolveArguments(node, constants, depth);
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

/**
 * Python's textwrap.dedent: lines of only spaces and tabs become empty, then the longest leading whitespace all
 * other lines share is removed from each (a value's processing, as Python does it; not a reading of source code).
 */
export function pythonDedent(value: string): string {
  const text = value.replace(/^[ \t]+$/gm, '');
  let margin: string | undefined;
  for (const match of text.matchAll(/^([ \t]*)[^ \t\n]/gm)) {
    const indent = match[1]!;
    if (margin === undefined) margin = indent;
    else if (indent.startsWith(margin)) continue;
    else if (margin.startsWith(indent)) margin = indent;
    else {
      let common = 0;
      while (common < margin.length && common < indent.length && margin[common] === indent[common]) common++;
      margin = margin.slice(0, common);
    }
    if (margin === '') break;
  }
  if (!margin) return text;
  const prefix = margin;
  return text
    .split('\n')
    .map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line))
    .join('\n');
}

/** TextClause methods that return the same SQL with bind values or result columns attached. */
const TEXT_CLAUSE_METHODS = new Set(['bindparams', 'columns', 'execution_options']);

/** The `sa.text(…)` call of `sa.text(…).bindparams(…)` (or `.columns(…)`), else undefined. */
function textClauseOf(callee: Node | null): Node | undefined {
  if (callee?.type !== 'attribute' || !TEXT_CLAUSE_METHODS.has(callee.childForFieldName('attribute')?.text ?? '')) return undefined;
  const object = callee.childForFieldName('object');
  if (object?.type !== 'call') return undefined;
  const inner = object.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '';
  return /(^|\.)text$/.test(inner) ? object : textClauseOf(object.childForFieldName('function'));
}

/** A value as template parts: its text when it is a known scalar, its parts when a template, else unknown. */
function templateOf(value: PyValue, source = value.text): StringTemplatePart[] {
  if (value.kind === 'str') return [value.value];
  if (value.kind === 'expr' && value.template) return value.template;
  return [{ unknown: source.replace(/\s+/g, ' ').trim() }];
}

/** What `str()`/`%s`/`{}` makes of a known value, when it is one. */
function scalarText(value: PyValue): string | undefined {
  switch (value.kind) {
    case 'str':
      return value.value;
    case 'num':
      return value.text.replace(/_/g, '');
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'none':
      return 'None';
    default:
      return undefined;
  }
}

/** The part an interpolated value contributes: its text when known, an unknown part named after `source` otherwise. */
function interpolated(value: PyValue, source: string): StringTemplatePart[] {
  const known = scalarText(value);
  if (known !== undefined) return [known];
  if (value.kind === 'expr' && value.template) return value.template;
  return [{ unknown: source.replace(/\s+/g, ' ').trim() }];
}

/** Merges adjacent constant parts; a template without unknown parts is a plain string. */
function fromTemplate(parts: StringTemplatePart[], text: string): PyValue {
  const merged: StringTemplatePart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
    else merged.push(part);
  }
  if (merged.every((part) => typeof part === 'string')) return { kind: 'str', value: merged.join(''), text };
  return { kind: 'expr', text, template: merged };
}

/** Is a value string-like (a string, or a template)? Only then do `+` and `%` build strings. */
function isStringLike(value: PyValue): boolean {
  return value.kind === 'str' || (value.kind === 'expr' && value.template !== undefined);
}

function fString(node: Node, prefix: string, constants: Map<string, PyValue>, depth: number): PyValue {
  const text = node.text;
  const parts: StringTemplatePart[] = [];
  for (const child of node.children) {
    if (!child) continue;
    const type = child.type;
    if (type === 'string_start' || type === 'string_end') continue;
    if (type === 'interpolation') {
      const expression = child.childForFieldName('expression');
      const conversion = child.childForFieldName('type_conversion')?.text;
      const spec = child.childForFieldName('format_specifier');
      const source = child.text.slice(1, -1).trim();
      const value = expression && !spec && (conversion === undefined || conversion === '!s') ? resolveValue(expression, constants, depth + 1) : undefined;
      parts.push(...(value ? interpolated(value, source) : [{ unknown: source }]));
    } else {
      // string_content (and escape nodes): `{{`/`}}` are literal braces in an f-string.
      parts.push(decodeStringBody(child.text, prefix).replace(/\{\{/g, '{').replace(/\}\}/g, '}'));
    }
  }
  return fromTemplate(parts, text);
}

/** `"DROP TABLE " + name + suffix`: flattened without recursion (a chain can have thousands of terms). */
function concatenation(node: Node, constants: Map<string, PyValue>, depth: number): PyValue {
  const text = node.text;
  const operands: Node[] = [];
  let current: Node = node;
  while (current.type === 'binary_operator' && current.childForFieldName('operator')?.text === '+') {
    const right = current.childForFieldName('right');
    const left = current.childForFieldName('left');
    if (!left || !right) return { kind: 'expr', text };
    operands.push(right);
    current = left;
  }
  operands.push(current);
  operands.reverse();
  const values = operands.map((operand) => resolveValue(operand, constants, depth + 1));
  // Only a string concatenation builds a string; `a + b` of unknown values is left alone.
  if (!values.some(isStringLike)) return { kind: 'expr', text };
  return fromTemplate(values.flatMap((value, i) => templateOf(value, operands[i]!.text)), text);
}

/** `"DROP TABLE %s" % name`, `"… %s … %s" % (a, b)`, `"%(t)s" % {"t": …}`. */
function percentFormat(node: Node, constants: Map<string, PyValue>, depth: number): PyValue {
  const text = node.text;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return { kind: 'expr', text };
  const format = resolveValue(left, constants, depth + 1);
  if (format.kind !== 'str') return { kind: 'expr', text };
  const inner = right.type === 'parenthesized_expression' ? right.namedChildren.find((c) => c?.type !== 'comment') ?? right : right;
  const positional = inner.type === 'tuple' ? named(inner).filter((c) => c.type !== 'comment') : [inner];
  const mapping = new Map<string, Node>();
  if (inner.type === 'dictionary') {
    for (const pair of named(inner)) {
      if (pair.type !== 'pair') continue;
      const key = pair.childForFieldName('key');
      const value = pair.childForFieldName('value');
      const keyValue = key ? resolveValue(key, constants, depth + 1) : undefined;
      if (keyValue?.kind === 'str' && value) mapping.set(keyValue.value, value);
    }
  }
  const parts: StringTemplatePart[] = [];
  let next = 0;
  const spec = /%(?:\(([^)]*)\))?([#0 +-]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
  let last = 0;
  for (const match of format.value.matchAll(spec)) {
    parts.push(format.value.slice(last, match.index));
    last = match.index! + match[0].length;
    const [, key, flags, width, precision, conversion] = match;
    if (conversion === '%') {
      parts.push('%');
      continue;
    }
    const argument = key !== undefined ? mapping.get(key) : inner.type === 'dictionary' ? undefined : positional[next++];
    const simple = !flags && !width && !precision && (conversion === 's' || conversion === 'd' || conversion === 'i');
    const value = argument && simple ? resolveValue(argument, constants, depth + 1) : undefined;
    const source = argument?.text ?? key ?? match[0];
    parts.push(...(value ? interpolated(value, source) : [{ unknown: source.replace(/\s+/g, ' ').trim() }]));
  }
  parts.push(format.value.slice(last));
  return fromTemplate(parts, text);
}

/** `"DROP TABLE {}".format(name)`, `"{0}"`, `"{table}".format(table=…)`; undefined when the receiver is not a string. */
function formatCall(call: Node, callee: Node, constants: Map<string, PyValue>, depth: number): PyValue | undefined {
  const object = callee.childForFieldName('object');
  if (!object) return undefined;
  const format = resolveValue(object, constants, depth + 1);
  if (format.kind !== 'str') return undefined;
  const { positional, keywords } = callArguments(call);
  const parts: StringTemplatePart[] = [];
  let next = 0;
  let last = 0;
  for (const match of format.value.matchAll(/\{\{|\}\}|\{([^{}!:]*)(![rsa])?(:[^{}]*)?\}/g)) {
    parts.push(format.value.slice(last, match.index));
    last = match.index! + match[0].length;
    if (match[0] === '{{' || match[0] === '}}') {
      parts.push(match[0][0]!);
      continue;
    }
    const [, field = '', conversion, spec] = match;
    const argument = field === '' ? positional[next++] : /^\d+$/.test(field) ? positional[Number(field)] : keywords.get(field);
    const value = argument && !spec && (conversion === undefined || conversion === '!s') ? resolveValue(argument, constants, depth + 1) : undefined;
    const source = argument?.text ?? (field || match[0]);
    parts.push(...(value ? interpolated(value, source) : [{ unknown: source.replace(/\s+/g, ' ').trim() }]));
  }
  parts.push(format.value.slice(last));
  return fromTemplate(parts, call.text);
}
