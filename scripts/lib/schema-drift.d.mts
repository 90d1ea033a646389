import type { Client } from "pg";
export type Datamodel = { models: { name: string }[]; enums: { name: string }[]; indexes: unknown[] };
export function readDatamodel(schemaText: string): Datamodel;
export function schemaDrift(client: Pick<Client, "query">, schemaText: string): Promise<string[]>;
