/** A 32-bit FNV-1a hash of a string: stable across runs and platforms. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export type Random = () => number;

export function seededRandom(seed: string): Random {
  let a = hash32(seed) || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** An opaque id for a thing within a quiz: a prefix and a hash of the seed and the thing. */
export function opaqueId(prefix: string, seed: string, thing: string, taken: Set<string>): string {
  for (let salt = 0; ; salt++) {
    const id = prefix + hash32(`${seed}\u0000${thing}\u0000${salt}`).toString(36).padStart(7, "0");
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}
