import { z } from "zod";
import { text } from "@/lib/validation";

/** Shared by the sign-in form and the Credentials provider. */
export const signInSchema = z.object({
  email: text().trim().min(1, "Enter your e-mail address.").max(254, "That e-mail address is too long.").email("Enter a valid e-mail address."),
  password: text().min(1, "Enter your password.").max(200, "That password is too long."),
});
export type SignInInput = z.infer<typeof signInSchema>;
