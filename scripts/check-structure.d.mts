export const ALLOWED_NAMES: Set<string>;
export const DOMAIN_LAYERS: string[][];
export function nodeOf(relPath: string): string;
export function analyse(root?: string, layers?: string[][]): {
  layer: string[];
  misplacedTests: string[];
  cycleEdges: string[];
  againstTheGrain: string[];
  fileCycles: string[];
  names: string[];
  examples: Map<string, string>;
  domainCycles: string[][];
};
