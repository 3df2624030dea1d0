import { describe, expect, it } from "vitest";
import { toGeoJson, toGeoJsonText } from "../../../src/export/index.ts";
import { TRICKY } from "./fixtures.ts";

describe("GeoJSON export", () => {
  const collection = JSON.parse(toGeoJsonText(TRICKY));

  it("has a Point per located entity, [lon, lat], and none for missing or impossible coordinates", () => {
    expect(collection.type).toBe("FeatureCollection");
    const points = collection.features.filter(
      (f: { geometry: { type: string } }) => f.geometry.type === "Point",
    );
    expect(
      Object.fromEntries(
        points.map((p: { id: string; geometry: { coordinates: number[] } }) => [
          p.id,
          p.geometry.coordinates,
        ]),
      ),
    ).toEqual({
      "country:netherlands": [5.2913, 52.1326],
      "organisation:nato": [4.4258, 50.8798],
      "location:kyiv": [30.5233, 50.45],
    });
    expect(points[0].properties).toEqual({
      element: "node",
      type: "Country",
      name: "Netherlands",
      aliases: ["Nederland", "NL", 'the "Low Countries"'],
      wikidataId: "Q55",
      mentionCount: 12,
      degree: 4,
    });
  });

  it("has a LineString only for relationships whose two ends are both on the map", () => {
    const lines = collection.features.filter(
      (f: { geometry: { type: string } }) => f.geometry.type === "LineString",
    );
    expect(lines.map((l: { id: string }) => l.id).sort()).toEqual(
      [
        "COOPERATES_WITH:country:netherlands->location:kyiv",
        "MEMBER_OF:country:netherlands->organisation:nato",
        "SUPPORTS:country:netherlands->organisation:nato",
      ].sort(),
    );
    const member = lines.find((l: { id: string }) => l.id.startsWith("MEMBER_OF"));
    expect(member.geometry.coordinates).toEqual([
      [5.2913, 52.1326],
      [4.4258, 50.8798],
    ]);
    expect(member.properties).toEqual({
      element: "edge",
      type: "MEMBER_OF",
      source: "country:netherlands",
      target: "organisation:nato",
      weight: 7,
      confidence: 0.9,
      firstSeen: "2024-01-02",
      lastSeen: "2025-03-04",
      properties: { since: 1949, founding: true, note: 'says "yes", then <no>' },
    });
  });

  it("writes as text exactly the collection the object form describes", () => {
    expect(collection).toEqual(toGeoJson(TRICKY));
  });
});
