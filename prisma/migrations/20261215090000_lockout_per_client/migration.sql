-- Sign-in lockout per account and client address (lib/auth/lockout.ts): failures remember the
-- address they came from, and the addresses an account signed in from are kept for a while.
-- Failures recorded before have no address ('') and age out within the lockout window.
ALTER TABLE "LoginFailure" ADD COLUMN "client" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "SignInClient" (
    "email" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignInClient_pkey" PRIMARY KEY ("email","client")
);

-- CreateIndex
CREATE INDEX "LoginFailure_email_client_at_idx" ON "LoginFailure"("email", "client", "at");
