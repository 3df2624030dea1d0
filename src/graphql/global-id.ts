import { NewsgraphError } from "../domain/errors.ts";
import { ENTITY_TYPES } from "../domain/vocabulary.ts";

/** The types with global ids (the Node interface's implementations). */
export const NODE_TYPES: readonly string[] = ["Article", "Source", "Relationship", ...ENTITY_TYPES];

/**
 * Relay global ids: base64 of `Type:id`, e.g. `Country:country:netherlands`. Decoding problems are
 * the client's (INVALID_ID with the offending value), never an unexpected (masked) error.
 */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64");
}

export function invalidId(globalId: string, reason: string): NewsgraphError {
  return new NewsgraphError("INVALID_ID", `invalid id "${globalId}": ${reason}`, {
    id: globalId,
  });
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  // Strict base64: Buffer.from() silently skips bad characters, so check the alphabet first.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(globalId) || globalId.length % 4 === 1) {
    throw invalidId(globalId, "not a global id (base64 of Type:id)");
  }
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon < 1 || id === "" || !/^[A-Za-z_]\w*$/.test(typename)) {
    throw invalidId(globalId, "not a global id (base64 of Type:id)");
  }
  return { typename, id };
}

/** Decodes and checks the type: an Article's id where an entity is expected is INVALID_ID. */
export function decodeGlobalIdOf(
  globalId: string,
  allowed: readonly string[],
): { typename: string; id: string } {
  const decoded = decodeGlobalId(globalId);
  if (!allowed.includes(decoded.typename)) {
    throw invalidId(
      globalId,
      `${/^[AEIOU]/.test(decoded.typename) ? "an" : "a"} ${decoded.typename} id where ${allowed.join(" or ")} was expected`,
    );
  }
  return decoded;
}

/** A global id of any Node type (`node`, `nodes`): a type without global ids is INVALID_ID. */
export function decodeNodeId(globalId: string): { typename: string; id: string } {
  const decoded = decodeGlobalId(globalId);
  if (!NODE_TYPES.includes(decoded.typename)) {
    throw invalidId(globalId, `no object of type ${decoded.typename} has a global id`);
  }
  return decoded;
}
