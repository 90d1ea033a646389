export declare const DEFAULT_HEAP_MB: number;
export declare function appNodeOptions(env: Record<string, string | undefined>, cores?: number): string;
