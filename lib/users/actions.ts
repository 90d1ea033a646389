"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/gate";
import { changeOwnPasswordSchema, createUserSchema, resetPasswordSchema, updateUserSchema } from "./schema";
import { changeOwnPassword, createUser, resetPassword, updateUser } from "./mutations";

export const createUserAction = defineAction({ permission: "users.manage", schema: createUserSchema }, async ({ db, actor, input }) => {
  const user = await createUser(db, actor, input);
  revalidatePath("/admin/users");
  return user;
});

export const updateUserAction = defineAction({ permission: "users.manage", schema: updateUserSchema }, async ({ db, actor, input }) => {
  await updateUser(db, actor, input);
  revalidatePath("/admin/users");
  return null;
});

export const resetPasswordAction = defineAction({ permission: "users.manage", schema: resetPasswordSchema }, async ({ db, actor, input }) => {
  await resetPassword(db, actor, input);
  return null;
});

export const changeOwnPasswordAction = defineAction(
  { permission: "account.changePassword", schema: changeOwnPasswordSchema, allowPasswordChangePending: true },
  async ({ db, actor, input }) => {
    await changeOwnPassword(db, actor, input);
    return null;
  },
);
