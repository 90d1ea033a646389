import { z } from "zod";

/** Token actions take no input: they act on the signed-in user's own feed. */
export const ownFeedSchema = z.object({});
