export const ALLOWED_NAMES: Set<string>;
export function nodeOf(relPath: string): string;
export function analyse(root?: string): {
  layer: string[];
  cycleEdges: string[];
  fileCycles: string[];
  names: string[];
  examples: Map<string, string>;
  domainCycles: string[][];
};
