import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../../src/domain/errors.ts";
import { relationshipId } from "../../../src/domain/identity.ts";
import { articleCursor, relationshipCursor } from "../../../src/graph/read/keyset.ts";
import { parseRelationshipId } from "../../../src/graph/read/relationships.ts";
import {
  decodeGlobalId,
  decodeGlobalIdOf,
  encodeGlobalId,
} from "../../../src/graphql/global-id.ts";

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof NewsgraphError ? error.code : "not a NewsgraphError";
  }
  return undefined;
}

describe("global ids", () => {
  it("round-trip ids that themselves contain colons", () => {
    const id = encodeGlobalId("Relationship", "LEADS:organisation:nato->mission:nato-mission-iraq");
    expect(decodeGlobalId(id)).toEqual({
      typename: "Relationship",
      id: "LEADS:organisation:nato->mission:nato-mission-iraq",
    });
  });

  it("refuse malformed values and wrong types with INVALID_ID", () => {
    expect(codeOf(() => decodeGlobalId("country:netherlands"))).toBe("INVALID_ID");
    expect(codeOf(() => decodeGlobalId(""))).toBe("INVALID_ID");
    expect(codeOf(() => decodeGlobalId(Buffer.from("no colon").toString("base64")))).toBe(
      "INVALID_ID",
    );
    expect(codeOf(() => decodeGlobalId(Buffer.from("1bad:x").toString("base64")))).toBe(
      "INVALID_ID",
    );
    const article = encodeGlobalId("Article", "a1");
    expect(codeOf(() => decodeGlobalIdOf(article, ["Person", "Country"]))).toBe("INVALID_ID");
    expect(decodeGlobalIdOf(article, ["Article"]).id).toBe("a1");
  });
});

describe("keyset cursors", () => {
  it("are opaque and decode to the sort key they encode", () => {
    const cursor = articleCursor.encode({ publishedAt: "2018-10-01", id: "a:1" });
    expect(cursor).not.toContain("2018");
    expect(articleCursor.decode(cursor)).toEqual({ publishedAt: "2018-10-01", id: "a:1" });
    expect(articleCursor.decode(null)).toBeNull();
  });

  it("refuse garbage and cursors of another list with BAD_USER_INPUT", () => {
    expect(codeOf(() => articleCursor.decode("garbage"))).toBe("BAD_USER_INPUT");
    const other = relationshipCursor.encode({ id: "LEADS:a:b->c:d" });
    expect(codeOf(() => articleCursor.decode(other))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => relationshipCursor.decode(other))).toBeUndefined();
  });
});

describe("relationship ids", () => {
  it("parse back into type and ends, including symmetric ones", () => {
    const id = relationshipId("COOPERATES_WITH", "country:netherlands", "country:belgium");
    expect(parseRelationshipId(id)).toEqual({
      type: "COOPERATES_WITH",
      sourceId: "country:belgium",
      targetId: "country:netherlands",
    });
    expect(parseRelationshipId("LEADS:organisation:nato->mission:nato-mission-iraq")).toEqual({
      type: "LEADS",
      sourceId: "organisation:nato",
      targetId: "mission:nato-mission-iraq",
    });
  });

  it("reject anything that is not a relationship id of the vocabulary", () => {
    expect(parseRelationshipId("MENTIONS:article:x->country:y")).toBeNull();
    expect(parseRelationshipId("LEADS:organisation:nato")).toBeNull();
    expect(parseRelationshipId("")).toBeNull();
  });
});
