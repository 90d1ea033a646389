export const MIGRATIONS_DIR: string;
export class MigrationError extends Error {}
export type LocalMigration = { name: string; sql: string; checksum: string; checksumLf: string };
export function managesItsOwnTransaction(sql: string): boolean;
export type MigrationRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };
export type MigrationState = {
  applied: string[];
  pending: LocalMigration[];
  failed: string[];
  modified: string[];
  unknown: string[];
};
export function localMigrations(dir?: string): LocalMigration[];
export function compare(local: LocalMigration[], rows: MigrationRow[]): MigrationState;
export function migrationStatus(url: string, options?: { dir?: string }): Promise<MigrationState>;
export function migrate(
  url: string,
  options?: { dir?: string; log?: (line: string) => void },
): Promise<{ applied: string[]; alreadyApplied: number }>;
