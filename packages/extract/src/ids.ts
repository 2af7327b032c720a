/** A lower-case, hyphenated id or slug for a name: "Mike Waltz" -> "mike-waltz". */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "item";
}

/** Hands out ids, adding "-2", "-3" … when a base id is already taken. */
export class IdPool {
  private readonly used = new Set<string>();

  take(base: string): string {
    const root = slugify(base);
    let id = root;
    for (let n = 2; this.used.has(id); n++) id = `${root}-${n}`;
    this.used.add(id);
    return id;
  }
}
