import { randomUUID } from "node:crypto";

/** An id for a row written in bulk, known before the insert so its audit entry can name it (cuid-like: "c" + 24 hex). */
export const newId = () => `c${randomUUID().replaceAll("-", "").slice(0, 24)}`;
