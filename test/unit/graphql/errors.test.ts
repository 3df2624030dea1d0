import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../../src/domain/errors.ts";
import { maskError, toClientError } from "../../../src/graphql/errors.ts";

describe("error mapping", () => {
  it("gives a domain error thrown in a resolver its code and details, keeping its path", () => {
    const thrown = new NewsgraphError("NOT_FOUND", "no such article", { id: "a1" });
    const located = new GraphQLError(thrown.message, { path: ["article"], originalError: thrown });
    const client = toClientError(located);
    expect(client.message).toBe("no such article");
    expect(client.path).toEqual(["article"]);
    expect(client.extensions).toEqual({ id: "a1", code: "NOT_FOUND" });
  });

  it("masks anything else without its message", () => {
    const located = new GraphQLError("boom", {
      path: ["x"],
      originalError: new Error("password=hunter2"),
    });
    expect(toClientError(located)).toBe(located);
    const masked = maskError(located, "Unexpected error.", false) as GraphQLError;
    expect(masked.message).toBe("Unexpected error.");
    expect(masked.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(masked)).not.toContain("hunter2");
  });
});
