import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSession } from "./session-cookie";

const secret = "a-session-secret-of-forty-three-characters!";

describe("decodeSession", () => {
  it("reads what next-auth's encode wrote, as next-auth's decode does", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 3 }, secret });
    const ours = await decodeSession({ token, secret });
    expect(ours).toMatchObject({ sub: "user-1", sv: 3 });
    expect(ours).toEqual(await decode({ token, secret }));
    expect(await decodeSession({ token: undefined, secret })).toBeNull();
  });

  it("refuses a token of another secret, a changed one and an expired one", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret });
    await expect(decodeSession({ token, secret: `${secret}x` })).rejects.toThrow();
    const [header, key, iv, text, tag] = token.split(".");
    // One ciphertext character changed, whatever it was (the text is random: iv and jti).
    const changed = text.at(-2) === "A" ? "B" : "A";
    const flipped = `${text.slice(0, -2)}${changed}${text.slice(-1)}`;
    expect(flipped).not.toBe(text);
    await expect(decodeSession({ token: [header, key, iv, flipped, tag].join("."), secret })).rejects.toThrow();
    // Past its expiry by more than the 15 s next-auth tolerates.
    const expired = await encode({ token: { sub: "user-1" }, secret, maxAge: -60 });
    await expect(decodeSession({ token: expired, secret })).rejects.toThrow();
  });

  it("once the secret's key is derived, decodes without waiting for a turn of the event loop (no thread-pool hop)", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret });
    await decodeSession({ token, secret });
    let turned = false;
    setImmediate(() => {
      turned = true;
    });
    expect(await decodeSession({ token, secret })).toMatchObject({ sub: "user-1" });
    expect(turned).toBe(false);
  });
});
