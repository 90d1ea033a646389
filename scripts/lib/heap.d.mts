export declare const DEFAULT_HEAP_MB: number;
export declare function withHeapCap(env: Record<string, string | undefined>, cores?: number): string;
