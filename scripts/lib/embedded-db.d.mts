export class EmbeddedDbError extends Error {}
export function portIsFree(port: number, host?: string): Promise<boolean>;
export function freePort(): Promise<number>;
export function startEmbeddedDb(options?: { dataDir?: string | null; port?: number }): Promise<{
  url: string;
  port: number;
  stop(): Promise<void>;
}>;
