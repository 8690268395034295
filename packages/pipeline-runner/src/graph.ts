import { PipelineConfigError, PipelineCycleError } from './errors';

/**
 * Orders models so that each comes after the models it refs. Ties keep the given order
 * (models are discovered sorted by path). Throws PipelineCycleError naming the cycle.
 */
export function topologicalOrder(
  nodes: readonly string[],
  deps: ReadonlyMap<string, readonly string[]>,
  files: ReadonlyMap<string, string>,
): string[] {
  const known = new Set(nodes);
  for (const node of nodes) {
    for (const dep of deps.get(node) ?? []) {
      if (!known.has(dep)) throw new PipelineConfigError(`${files.get(node) ?? node}: ref('${dep}') names no model`, files.get(node));
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const stack: string[] = [];
  const visit = (node: string): void => {
    const s = state.get(node);
    if (s === 'done') return;
    if (s === 'visiting') {
      throw new PipelineCycleError([...stack.slice(stack.indexOf(node)), node]);
    }
    state.set(node, 'visiting');
    stack.push(node);
    for (const dep of deps.get(node) ?? []) visit(dep);
    stack.pop();
    state.set(node, 'done');
    order.push(node);
  };
  for (const node of nodes) visit(node);
  return order;
}
