export function describeUrl(url: string): string;
export function isLocalUrl(url: string): boolean;
export function assertReachable(url: string, label?: string): Promise<void>;
export function recreateDatabase(serverUrl: string, name: string): Promise<string>;
export function dropDatabase(serverUrl: string, name: string): Promise<void>;
