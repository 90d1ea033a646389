import { z } from "zod";

/** Shared by the sign-in form and the Credentials provider. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").max(254, "That e-mail address is too long.").email("Enter a valid e-mail address."),
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});
export type SignInInput = z.infer<typeof signInSchema>;
