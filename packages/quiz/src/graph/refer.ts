import type { Entity } from "@quizwire/content";
import { lowerFirstIfCommon } from "../text.js";

const NEEDS_THE = new Set(["AGREEMENT", "LAW", "PROGRAM", "GROUP", "GOVERNMENT", "ORGANIZATION"]);

/**
 * How a sentence names an entity: stances in quotation marks (“dismantle all enrichment”), agreements
 * and groups with "the", "the United States", people and places as named.
 */
export function refer(entity: Entity, body: string): string {
  const name = entity.name;
  if (entity.kind === "POSITION") return `“${name}”`;
  if (/^(the|a|an)\s/i.test(name)) return name;
  if (NEEDS_THE.has(entity.kind)) return `the ${lowerFirstIfCommon(name, body)}`;
  if (/^United\s/.test(name)) return `the ${name}`;
  return name;
}
