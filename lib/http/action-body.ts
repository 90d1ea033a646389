// What the proxy refuses of a server action's body before Next decodes it: Next answers an
// oversized, truncated or non-JSON body with a bare HTTP 500 (and deep nesting reaches the action),
// where a client deserves a 4xx that says what is wrong. A fetch action's body is React's encoding
// of the arguments: JSON text, or multipart form data whose numbered fields are JSON.

/** The most a server action may send (1 MB), except a signed-in user's spreadsheet upload below. */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/**
 * Spreadsheet imports take files up to 25 MB, plus the form's own fields. next.config.js sets
 * Next's limit to this, the largest; everything else is held to ACTION_BODY_LIMIT here first.
 */
export const IMPORT_BODY_LIMIT = 26 * 1024 * 1024;

/** The limit for an action posted to `pathname`; the large one only for a signed session. */
export function actionBodyLimit(pathname: string, signedIn: boolean): number {
  return signedIn && (pathname === "/import" || pathname.startsWith("/import/")) ? IMPORT_BODY_LIMIT : ACTION_BODY_LIMIT;
}
/** Arrays and objects inside each other: the forms send 4 levels; 64 is plenty. */
export const MAX_NESTING = 64;

export type Refusal = { status: 400 | 413; message: string };

const tooLarge = (limit: number): Refusal => ({ status: 413, message: `The request is too large (at most ${Math.round(limit / (1024 * 1024))} MB). Nothing was saved.` });
const UNREADABLE: Refusal = { status: 400, message: "The request could not be read: its data is incomplete or not valid JSON. Nothing was saved." };
const TOO_DEEP: Refusal = { status: 400, message: `The request is nested too deeply (more than ${MAX_NESTING} levels). Nothing was saved.` };
const BAD_FORM: Refusal = { status: 400, message: "The request could not be read: its form data is malformed. Nothing was saved." };

/** As Next decides it (next/dist/server/lib/server-action-request-meta.js). */
export function isPossibleServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  const type = headers.get("content-type") ?? "";
  return headers.has("next-action") || type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded";
}

/** Null when the body may go on to Next, else the refusal. Reads the body (Next keeps its own copy). */
export async function checkActionBody(request: Request, limit = ACTION_BODY_LIMIT): Promise<Refusal | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) return tooLarge(limit);
  const bytes = await readAtMost(request, limit);
  if (!bytes) return tooLarge(limit);
  // A form posted without JavaScript names its action inside the form data; Next decodes those.
  if (!request.headers.has("next-action")) return null;
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { "content-type": type } }).formData();
    } catch {
      return BAD_FORM;
    }
    for (const [key, value] of form) {
      // Numbered fields are React's JSON rows; others are a FormData argument's own fields.
      if (/^\d+$/.test(key) && typeof value === "string") {
        const refusal = checkJson(value);
        if (refusal) return refusal;
      }
    }
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return UNREADABLE;
  }
  return checkJson(text);
}

/** The body, or null once it passes `limit` bytes (reading stops there). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function checkJson(text: string): Refusal | null {
  if (nesting(text) > MAX_NESTING) return TOO_DEEP;
  try {
    JSON.parse(text);
    return null;
  } catch {
    return UNREADABLE;
  }
}

/** The deepest nesting of [ and { outside strings, counted in one pass (before parsing anything). */
export function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_NESTING) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
