import {
  getNamedType, getNullableType, isInterfaceType, isListType, isObjectType, Kind, SchemaMetaFieldDef, TypeMetaFieldDef,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { DEFAULT_LIST_SIZE, INTROSPECTION_COST, INTROSPECTION_FREE_LIST_LEVELS } from './query-limits.js';

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface OperationAnalysis {
  /** The operation analyzed; undefined when the document has none. */
  operation: OperationKind | undefined;
  depth: number;
  aliases: number;
  cost: number;
  /** The multiplying fields on the costliest path, outermost first, e.g. `articles(first: 100)`. */
  costFactors: string[];
  /** Response keys on the deepest path, outermost first. */
  deepestPath: string[];
}

interface Measure {
  cost: number;
  depth: number;
  aliases: number;
  costFactors: string[];
  deepestPath: string[];
}

/** A list size handed down from a connection-like field to the lists of the object it returns. */
interface Bound {
  value: number;
  label: string;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  variableDefaults: Map<string, ValueNode>;
  memo: Map<string, Measure>;
  expanding: Set<string>;
}

type Mode = 'fields' | 'introspection';

const EMPTY: Measure = { cost: 0, depth: 0, aliases: 0, costFactors: [], deepestPath: [] };
/** Beyond this nesting the walk stops and calls the request too expensive (no stack overflow on hostile documents). */
const MAX_WALK_DEPTH = 1000;
const MAX_COST = Number.MAX_SAFE_INTEGER;

/**
 * Depth, aliases and cost of the operation a request will run, before it runs. The cost model:
 * - each field costs 1 (`__typename` is free and not counted in depth);
 * - a list field costs 1 + n × its selection, n being its `first` (literal, variable, or the schema's
 *   default), else the size a connection-like parent was given (`articles(first: 100) { edges nodes }`
 *   multiplies `edges` and `nodes` by 100, not `pageInfo`), else the number of ids it was given
 *   (`nodes(ids:)`), else 10; nested lists multiply;
 * - `__schema`/`__type` cost a flat 100, depth 1 + their list levels; each list level beyond the
 *   standard introspection query's three multiplies that by 10 (cyclic introspection is how
 *   introspection is abused);
 * - named and inline fragments are followed (each named fragment measured once per context, a spread
 *   repeated in one selection counted once, a cycle cut); fragments on different object types of an
 *   interface or union are alternatives: the costliest one counts;
 * - fields repeated under one response key are counted each time (conservative).
 * Values that are not usable numbers (`first: "x"`, negative) count as the default: rejecting them is the
 * resolvers' job. Never throws on a parsed document, valid or not.
 */
export function analyzeOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): OperationAnalysis {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(d.name.value)) fragments.set(d.name.value, d);
  const named = operationName === undefined ? (operations.length === 1 ? operations : []) : operations.filter((o) => o.name?.value === operationName);
  // an unknown or ambiguous operation name fails at execution anyway; until then assume the worst of them
  const candidates = named.length > 0 ? named : operations;

  let result: OperationAnalysis = { operation: undefined, ...EMPTY };
  for (const operation of candidates) {
    const walk: Walk = {
      schema,
      fragments,
      variables: typeof variables === 'object' && variables !== null ? variables : {},
      variableDefaults: new Map((operation.variableDefinitions ?? []).flatMap((v) => (v.defaultValue ? [[v.variable.name.value, v.defaultValue] as const] : []))),
      memo: new Map(),
      expanding: new Set(),
    };
    const measure = measureSelectionSet(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, undefined, 'fields', walk, 0);
    result = {
      operation: measure.cost >= result.cost || result.operation === undefined ? operation.operation : result.operation,
      cost: Math.max(result.cost, measure.cost),
      depth: Math.max(result.depth, measure.depth),
      aliases: Math.max(result.aliases, measure.aliases),
      costFactors: measure.cost >= result.cost ? measure.costFactors : result.costFactors,
      deepestPath: measure.depth > result.depth ? measure.deepestPath : result.deepestPath,
    };
  }
  return result;
}

function measureSelectionSet(set: SelectionSetNode, parentType: GraphQLNamedType | undefined, bound: Bound | undefined, mode: Mode, walk: Walk, level: number): Measure {
  if (level > MAX_WALK_DEPTH) return { cost: MAX_COST, depth: 1, aliases: 0, costFactors: [`more than ${MAX_WALK_DEPTH} nested selections`], deepestPath: ['…'] };
  const common: Measure[] = [];
  const byType = new Map<string, Measure[]>();
  const spread = new Set<string>();
  const add = (typeName: string | undefined, measure: Measure): void => {
    if (typeName === undefined) common.push(measure);
    else byType.set(typeName, [...(byType.get(typeName) ?? []), measure]);
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      common.push(measureField(selection, parentType, bound, mode, walk, level));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parentType;
      add(alternativeOf(type, parentType), measureSelectionSet(selection.selectionSet, type ?? parentType, bound, mode, walk, level + 1));
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || spread.has(name)) continue;
      spread.add(name);
      const type = walk.schema.getType(fragment.typeCondition.name.value) ?? parentType;
      add(alternativeOf(type, parentType), measureFragment(fragment, type, bound, mode, walk, level));
    }
  }
  const alternatives = [...byType.values()].map(sum);
  const costliest = alternatives.reduce<Measure>((best, m) => (m.cost > best.cost ? m : best), EMPTY);
  const all = sum([...common, ...alternatives]);
  const cost = Math.min(MAX_COST, sum(common).cost + costliest.cost);
  const costFactors = sum([...common, costliest]).costFactors;
  return { ...all, cost, costFactors };
}

/** Fragments on an object type other than the parent's are alternatives (one runtime type applies). */
function alternativeOf(type: GraphQLNamedType | undefined, parentType: GraphQLNamedType | undefined): string | undefined {
  return type && isObjectType(type) && type !== parentType ? type.name : undefined;
}

function measureFragment(fragment: FragmentDefinitionNode, type: GraphQLNamedType | undefined, bound: Bound | undefined, mode: Mode, walk: Walk, level: number): Measure {
  const name = fragment.name.value;
  // re-entering a fragment while expanding it is a cycle (invalid, but must not hang): it adds nothing
  if (walk.expanding.has(name)) return EMPTY;
  const key = `${mode}\u0000${name}\u0000${bound ? `${bound.value}\u0000${bound.label}` : ''}`;
  const known = walk.memo.get(key);
  if (known) return known;
  walk.expanding.add(name);
  const measure = measureSelectionSet(fragment.selectionSet, type, bound, mode, walk, level + 1);
  walk.expanding.delete(name);
  walk.memo.set(key, measure);
  return measure;
}

function measureField(field: FieldNode, parentType: GraphQLNamedType | undefined, bound: Bound | undefined, mode: Mode, walk: Walk, level: number): Measure {
  const name = field.name.value;
  const key = field.alias ? `${field.alias.value}: ${name}` : name;
  const aliased = field.alias ? 1 : 0;
  if (name === '__typename') return { ...EMPTY, aliases: aliased };
  if (mode === 'fields' && (name === '__schema' || name === '__type')) {
    const metaType = getNamedType((name === '__schema' ? SchemaMetaFieldDef : TypeMetaFieldDef).type);
    const inner = field.selectionSet ? measureSelectionSet(field.selectionSet, metaType, undefined, 'introspection', walk, level + 1) : EMPTY;
    const extraLevels = Math.max(0, inner.depth - INTROSPECTION_FREE_LIST_LEVELS);
    return {
      cost: Math.min(MAX_COST, INTROSPECTION_COST * DEFAULT_LIST_SIZE ** extraLevels),
      depth: 1 + inner.depth,
      aliases: aliased + inner.aliases,
      costFactors: extraLevels > 0 ? [`${key} (introspection ${inner.depth} lists deep)`] : [],
      deepestPath: [key, ...inner.deepestPath],
    };
  }

  const definition = fieldDefinition(parentType, name);
  const isList = definition !== undefined && isListType(getNullableType(definition.type));
  const namedType = definition ? getNamedType(definition.type) : undefined;
  if (mode === 'introspection') {
    // inside introspection only list levels count: the `type { ofType { ofType … } }` chain is bounded by the schema
    const inner = field.selectionSet ? measureSelectionSet(field.selectionSet, namedType, undefined, mode, walk, level + 1) : EMPTY;
    return { ...inner, cost: 0, depth: (isList ? 1 : 0) + inner.depth, aliases: aliased + inner.aliases, deepestPath: [key, ...inner.deepestPath] };
  }

  const first = firstOf(field, definition, key, walk);
  let size: Bound | undefined;
  let childBound: Bound | undefined;
  if (isList) size = first ?? bound ?? idCount(field, definition, key, walk) ?? { value: DEFAULT_LIST_SIZE, label: `${key} (list, ${DEFAULT_LIST_SIZE} assumed)` };
  else childBound = first;
  const inner = field.selectionSet ? measureSelectionSet(field.selectionSet, namedType, childBound, mode, walk, level + 1) : EMPTY;
  const multiplier = size?.value ?? 1;
  return {
    cost: Math.min(MAX_COST, 1 + multiplier * inner.cost),
    depth: 1 + inner.depth,
    aliases: Math.min(MAX_COST, aliased + inner.aliases),
    costFactors: size && multiplier !== 1 && inner.cost > 0 ? [size.label, ...inner.costFactors] : inner.costFactors,
    deepestPath: [key, ...inner.deepestPath],
  };
}

function fieldDefinition(parentType: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  return parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[name] : undefined;
}

/** The field's `first`: as given, else the schema's default, else DEFAULT_LIST_SIZE; undefined when the field takes none. */
function firstOf(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, key: string, walk: Walk): Bound | undefined {
  const argument = field.arguments?.find((a) => a.name.value === 'first');
  const declared = definition?.args.find((a) => a.name === 'first');
  if (!argument && !declared) return undefined;
  const given = argument ? usableSize(valueOf(argument.value, walk)) : undefined;
  if (given !== undefined) return { value: given, label: `${key}(first: ${given})` };
  const fallback = usableSize(declared?.defaultValue);
  if (fallback !== undefined) return { value: fallback, label: `${key}(first: ${fallback} by default)` };
  return { value: DEFAULT_LIST_SIZE, label: `${key}(first: ${DEFAULT_LIST_SIZE} assumed)` };
}

/** Lists looked up by ids (`nodes(ids: [...])`) hold at most one item per id. */
function idCount(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, key: string, walk: Walk): Bound | undefined {
  let count: number | undefined;
  let argumentName = '';
  for (const argument of field.arguments ?? []) {
    const declared = definition?.args.find((a) => a.name === argument.name.value);
    const type = declared && getNullableType(declared.type);
    if (!type || !isListType(type) || getNamedType(type).name !== 'ID') continue;
    const value = argument.value.kind === Kind.LIST ? argument.value.values : valueOf(argument.value, walk);
    const n = Array.isArray(value) ? value.length : value === undefined || value === null ? 0 : 1;
    if (count === undefined || n > count) {
      count = n;
      argumentName = argument.name.value;
    }
  }
  return count === undefined ? undefined : { value: count, label: `${key}(${argumentName}: ${count} ids)` };
}

function valueOf(node: ValueNode, walk: Walk): unknown {
  switch (node.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (Object.hasOwn(walk.variables, name)) return walk.variables[name];
      const fallback = walk.variableDefaults.get(name);
      return fallback && fallback.kind !== Kind.VARIABLE ? valueOf(fallback, walk) : undefined;
    }
    case Kind.LIST:
      return node.values;
    default:
      return undefined;
  }
}

function usableSize(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
}

function sum(measures: Measure[]): Measure {
  let cost = 0;
  let aliases = 0;
  let costliest = EMPTY;
  let deepest = EMPTY;
  for (const m of measures) {
    cost += m.cost;
    aliases += m.aliases;
    if (m.cost > costliest.cost) costliest = m;
    if (m.depth > deepest.depth) deepest = m;
  }
  return {
    cost: Math.min(MAX_COST, cost),
    depth: deepest.depth,
    aliases: Math.min(MAX_COST, aliases),
    costFactors: costliest.costFactors,
    deepestPath: deepest.deepestPath,
  };
}
