import { type AnnotatedArticle, listCuratedArticles } from "@quizwire/content";

/** The curated seed article as stored in @quizwire/content. */
export function seedArticle(): AnnotatedArticle {
  const seed = listCuratedArticles().find((a) => a.article.slug === "smoke-in-rome");
  if (!seed) throw new Error("the curated seed article smoke-in-rome is missing from @quizwire/content");
  return structuredClone(seed);
}

/**
 * The seed with `extra` more entities: copies of its people (same aliases, so the same mentions are
 * valid) with their roles, so that a query touches more entities, roles and mentions.
 */
export function seedWithMoreEntities(extra: number): AnnotatedArticle {
  const seed = seedArticle();
  const people = seed.entities.filter(
    (e) => e.kind === "PERSON" && e.mentions.length > 0 && e.aliases.length > 0,
  );
  for (let i = 0; i < extra; i++) {
    const from = people[i % people.length]!;
    const copy = structuredClone(from);
    copy.aliases = [from.name, ...copy.aliases];
    seed.entities.push({ ...copy, id: `${from.id}-copy-${i}`, name: `${from.name} (copy ${i})` });
  }
  return seed;
}
