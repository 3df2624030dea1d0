import fs from "node:fs";
import { createRequire } from "node:module";
import { geoEquirectangular, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/**
 * The map view's background: country outlines drawn offline, with no tile server. The outlines
 * are Natural Earth's 1:110m Admin 0 countries (public domain) as the `world-atlas` package ships
 * them (TopoJSON, quantised, in degrees); d3-geo projects them once on the server and cuts the
 * rings that cross the antimeridian, which a naive lon/lat plot would smear across the map.
 *
 * The projection is plate carrée scaled so that one SVG unit is one degree: x = lon + 180,
 * y = 90 - lat. The browser places points with that same formula, so it needs no projection code.
 */
export interface WorldOutline {
  source: string;
  width: 360;
  height: 180;
  countries: { id: string | null; name: string; d: string }[];
}

const require = createRequire(import.meta.url);

export function renderWorldOutline(): WorldOutline {
  const file = require.resolve("world-atlas/countries-110m.json");
  const topology = JSON.parse(fs.readFileSync(file, "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const projection = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([180, 90]);
  // Two decimals of a degree (about 1 km) are finer than the 1:110m data itself.
  const draw = geoPath(projection).digits(2);
  const countries = feature(topology, topology.objects.countries).features.map((country) => ({
    id: country.id === undefined ? null : String(country.id),
    name: country.properties?.name ?? "",
    d: draw(country) ?? "",
  }));
  return {
    source: "Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas 2",
    width: 360,
    height: 180,
    countries: countries.filter((country) => country.d !== ""),
  };
}
