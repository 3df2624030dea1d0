import { GraphQLJSONObject } from "graphql-scalars";
import { builder } from "./builder.ts";

/** Free-form property maps (entity extras, evidence properties): graphql-scalars' JSONObject. */
builder.addScalarType("JSONObject", GraphQLJSONObject);
