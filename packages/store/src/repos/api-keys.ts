import { createHash, randomBytes, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import type { ApiKeyRow } from "../quiz-types.js";
import * as schema from "../schema/index.js";

const k = schema.apiKeys;
// Keys are 192 random bits, so a plain SHA-256 is enough: there is nothing to brute-force.
const hashKey = (plain: string) => createHash("sha256").update(plain).digest("hex");
const publicColumns = { id: k.id, name: k.name, createdAt: k.createdAt, lastUsedAt: k.lastUsedAt };

export function apiKeys(db: Db) {
  return {
    async createApiKey(name: string): Promise<ApiKeyRow & { key: string }> {
      const key = `qw_${randomBytes(24).toString("base64url")}`;
      const [row] = await db
        .insert(k)
        .values({ id: randomUUID(), name, keyHash: hashKey(key) })
        .returning(publicColumns);
      return { ...row!, key };
    },
    async verifyApiKey(plain: string): Promise<ApiKeyRow | null> {
      if (!plain) return null;
      const [row] = await db
        .update(k)
        .set({ lastUsedAt: sql`now()` })
        .where(eq(k.keyHash, hashKey(plain)))
        .returning(publicColumns);
      return row ?? null;
    },
  };
}
