export declare const DEFAULT_HEAP_MB: number;
export declare function withHeapCap(env: NodeJS.ProcessEnv, cores?: number): string;
