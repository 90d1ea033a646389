-- Sessions are stateless JWTs; this counter lets a password reset or change end every session
-- issued before it (the token carries the version it was issued with).
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
