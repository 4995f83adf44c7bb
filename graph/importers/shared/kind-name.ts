// An entity kind as a mapping file may spell it: "Person", "person" and "PERSON" all mean Person.
import { z } from "zod";
import { IMPORTED_KINDS } from "./property-types.js";

export const KindName = z.preprocess(
  (value) =>
    typeof value === "string" ? (IMPORTED_KINDS.find((k) => k.toLowerCase() === value.toLowerCase()) ?? value) : value,
  z.enum(IMPORTED_KINDS),
);
