import type { AnnotatedArticle, Entity, Event, Predicate, Quote, Relation, Span } from "@quizwire/content";
import { byCode } from "../text.js";
import { kindFamily } from "./kinds.js";

const AFFILIATION_KINDS = new Set(["COUNTRY", "GOVERNMENT"]);

/** Look-ups over one article's graph, built once per pool. */
export class GraphIndex {
  readonly entities = new Map<string, Entity>();
  readonly events = new Map<string, Event>();
  readonly quotes: Quote[];
  readonly relations: Relation[];
  readonly body: string;
  private readonly sentences: { start: number; end: number }[];
  private readonly groupsByMember = new Map<string, Set<string>>();
  private readonly countriesByEntity = new Map<string, Set<string>>();
  private readonly families = new Map<string, Entity[]>();

  constructor(readonly graph: AnnotatedArticle) {
    for (const e of graph.entities) this.entities.set(e.id, e);
    for (const e of graph.events) this.events.set(e.id, e);
    this.quotes = graph.quotes;
    this.relations = graph.relations;
    this.body = graph.article.body;
    this.sentences = [...graph.article.sentences].sort((a, b) => a.start - b.start);
    for (const r of graph.relations) {
      const object = this.entities.get(r.objectId);
      if ((r.predicate === "MEMBER_OF" || r.predicate === "LEADS") && object?.kind === "GROUP") {
        addTo(this.groupsByMember, r.subjectId, r.objectId);
      }
      if (
        (r.predicate === "LOCATED_IN" || r.predicate === "REPRESENTS" || r.predicate === "MEMBER_OF") &&
        object &&
        AFFILIATION_KINDS.has(object.kind)
      ) {
        addTo(this.countriesByEntity, r.subjectId, r.objectId);
      }
    }
    for (const e of graph.entities) {
      for (const role of e.roles) {
        const of = role.ofId ? this.entities.get(role.ofId) : undefined;
        if (of && AFFILIATION_KINDS.has(of.kind)) addTo(this.countriesByEntity, e.id, of.id);
      }
    }
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  name(id: string): string {
    return this.entities.get(id)?.name ?? this.events.get(id)?.title ?? id;
  }

  /** Entities of the same kind family as the entity's, in a stable order (most mentioned first). */
  family(entity: Entity): Entity[] {
    const family = kindFamily(entity.kind);
    let members = this.families.get(family);
    if (!members) {
      members = this.graph.entities
        .filter((e) => kindFamily(e.kind) === family)
        .sort((a, b) => b.mentions.length - a.mentions.length || byCode(a.id, b.id));
      this.families.set(family, members);
    }
    return members;
  }

  relationsWith(predicates: readonly Predicate[]): Relation[] {
    return this.relations.filter((r) => predicates.includes(r.predicate));
  }

  has(subjectId: string, predicates: readonly Predicate[], objectId: string): boolean {
    return this.relations.some(
      (r) => r.subjectId === subjectId && r.objectId === objectId && predicates.includes(r.predicate),
    );
  }

  groupsOf(id: string): Set<string> {
    return this.groupsByMember.get(id) ?? new Set();
  }

  countriesOf(id: string): Set<string> {
    return this.countriesByEntity.get(id) ?? new Set();
  }

  /** Whether b is a plausible confusion for a: same faction or same country. */
  close(a: string, b: string): boolean {
    return overlaps(this.groupsOf(a), this.groupsOf(b)) || overlaps(this.countriesOf(a), this.countriesOf(b));
  }

  /** The sentence holding a span, as a span of its own. */
  sentenceOf(span: { start: number; end: number }): Span {
    const s = this.sentences.find((x) => x.start <= span.start && span.start < x.end);
    const start = s?.start ?? span.start;
    const end = Math.max(s?.end ?? span.end, span.end);
    return { start, end, text: this.body.slice(start, end) };
  }

  /** A span of the body, text included. */
  span(start: number, end: number): Span {
    return { start, end, text: this.body.slice(start, end) };
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
