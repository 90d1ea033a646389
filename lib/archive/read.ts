// Reading an archive file, cheapest check first: its size before reading it, the decompressed
// size while inflating, the header (format and version) before the content, the number of rows
// before any row is validated, the digest before the rows are trusted, and the rows themselves
// with their references last. Each refusal is an ArchiveError naming the problem: the zod path of
// the first bad value, "truncated JSON", the version, the digest.
import fs from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { contentDigest } from "./digest";
import {
  ArchiveError,
  MAX_ARCHIVE_BYTES,
  MAX_ARCHIVE_ROWS,
  archiveContentSchema,
  archiveHeaderSchema,
  countRows,
  type ArchiveContent,
} from "./format";
import { checkReferences } from "./references";
import { upgradeContent, assertReadableVersion } from "./upgrade";

export type ReadLimits = { maxBytes: number; maxRows: number };
const LIMITS: ReadLimits = { maxBytes: MAX_ARCHIVE_BYTES, maxRows: MAX_ARCHIVE_ROWS };

export type ReadArchive = { formatVersion: number; exportedAt: string; content: ArchiveContent };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const fileTooLarge = (size: number, limits: ReadLimits) =>
  new ArchiveError(`The file is ${megabytes(size)} (${size.toLocaleString("en")} bytes); archives over ${megabytes(limits.maxBytes)} are refused.`);

/** "content.spaces[3].venueId" for a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function firstIssue(error: z.ZodError, prefix: string): ArchiveError {
  const issue = error.issues[0];
  const path = formatPath([...(prefix ? [prefix] : []), ...issue.path]);
  return new ArchiveError(`${path || "the file"}: ${issue.message}`);
}

/** Reads the file at `path`; refuses one over the size limit before reading it. */
export async function readArchiveFile(path: string, limits: ReadLimits = LIMITS): Promise<ReadArchive> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat?.isFile()) throw new ArchiveError(`No archive file at ${path}.`);
  if (stat.size > limits.maxBytes) throw fileTooLarge(stat.size, limits);
  return readArchive(await fs.readFile(path), limits);
}

function inflate(bytes: Uint8Array, limits: ReadLimits): Uint8Array {
  // A gzip stream starts with 1f 8b; anything else is read as JSON text.
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: limits.maxBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_BUFFER_TOO_LARGE") {
      throw new ArchiveError(`Once decompressed, the archive is larger than ${megabytes(limits.maxBytes)}; archives over that size are refused.`);
    }
    if (code === "Z_BUF_ERROR") throw new ArchiveError("The file is truncated: its gzip stream ends early.");
    throw new ArchiveError(`The file is not a readable gzip stream (${(error as Error).message}).`);
  }
}

function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArchiveError("The file is not UTF-8 text: not a summit archive, or damaged.");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    // Cut short, the text ends inside a value: the parser reports the end of input.
    if (/end of JSON input|Unterminated/i.test(message) || position >= text.trimEnd().length) {
      throw new ArchiveError("The file is truncated JSON: it ends in the middle of the archive.");
    }
    throw new ArchiveError(`The file is not valid JSON (${message.split("\n")[0]}).`);
  }
}

/** The archive in these bytes (JSON, or gzip-compressed JSON), validated, upgraded to the current version. */
export function readArchive(bytes: Uint8Array, limits: ReadLimits = LIMITS): ReadArchive {
  if (bytes.length > limits.maxBytes) throw fileTooLarge(bytes.length, limits);
  const json = parseJson(inflate(bytes, limits));

  const version = archiveHeaderSchema.pick({ format: true, formatVersion: true }).safeParse(json);
  if (!version.success) throw firstIssue(version.error, "");
  assertReadableVersion(version.data.formatVersion);
  const header = archiveHeaderSchema.safeParse(json);
  if (!header.success) throw firstIssue(header.error, "");
  const { formatVersion, exportedAt, digest, content: raw } = header.data;

  const rows = countRows(raw);
  if (rows > limits.maxRows) {
    throw new ArchiveError(`The archive holds ${rows.toLocaleString("en")} rows; archives over ${limits.maxRows.toLocaleString("en")} rows are refused.`);
  }
  if (contentDigest(raw) !== digest) {
    throw new ArchiveError("The archive's content does not match its digest: the file was changed after it was written, or is damaged.");
  }

  const parsed = archiveContentSchema.safeParse(upgradeContent(formatVersion, raw));
  if (!parsed.success) throw firstIssue(parsed.error, "content");
  checkReferences(parsed.data);
  return { formatVersion, exportedAt, content: parsed.data };
}
