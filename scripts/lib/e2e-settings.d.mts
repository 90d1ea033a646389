export function e2eSettings(): {
  port: number;
  baseUrl: string;
  serverUrl: string | null;
  databaseName: string;
  embeddedPort: number;
  databaseUrl: string;
  embedded: boolean;
  secret: string;
  demoArchive: string;
  demoSlug: string;
};
