import { describe, expect, it } from "vitest";
import { Entity } from "../../model/entity.js";
import { ENTITY_KINDS } from "../../model/vocabulary.js";
import { IMPORTED_KINDS, PROPERTY_TYPES } from "./property-types.js";

const SAMPLE = {
  text: "x",
  date: "2020-01",
  number: 2.5,
  integer: 3,
  amount: { value: 1, currency: "EUR" },
  url: "https://example.org",
  choice: undefined,
} as const;
const CHOICES: Record<string, string> = { contractKind: "contract", productKind: "software", placeKind: "city" };

describe("importable properties", () => {
  it("cover every entity kind but Source", () => {
    expect([...IMPORTED_KINDS, "Source"].sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it.each(IMPORTED_KINDS)("are exactly what the model accepts for a %s", (kind) => {
    const properties = Object.fromEntries(
      Object.entries(PROPERTY_TYPES[kind]).map(([key, type]) => [key, CHOICES[key] ?? SAMPLE[type]]),
    );
    const entity = { id: `${kind === "Organization" ? "org" : kind.toLowerCase()}:x`, kind, name: "X", properties };
    expect(Entity.safeParse(entity).error?.issues ?? []).toEqual([]);
    const extra = Entity.safeParse({ ...entity, properties: { ...properties, notAProperty: "x" } });
    expect(extra.success).toBe(false);
  });
});
