import { describe, expect, it } from "vitest";
import { EntityId } from "../../model/entity.js";
import { entityIdOf, relationIdOf, slugOf } from "./stable-ids.js";

describe("stable ids", () => {
  it("fold case, accents and punctuation so spellings of one name meet", () => {
    expect(slugOf("REXAM Consumer Plastics, Inc.")).toBe("rexam-consumer-plastics-inc");
    expect(entityIdOf("Organization", "Müller & Söhne")).toBe(entityIdOf("Organization", "MULLER & SOHNE"));
    expect(entityIdOf("Person", "Straßer")).toBe("person:strasser");
  });

  it("keep names in other scripts apart with a hash instead of dropping them to nothing", () => {
    const beijing = entityIdOf("Place", "北京");
    const shanghai = entityIdOf("Place", "上海");
    expect(beijing).not.toBe(shanghai);
    expect(EntityId.safeParse(beijing).success).toBe(true);
    expect(entityIdOf("Place", "北京")).toBe(beijing);
  });

  it("stay short for long names, still distinct and valid", () => {
    const long = "A".repeat(50) + " Holding Company of Everything Incorporated";
    const id = entityIdOf("Organization", long);
    expect(id.length).toBeLessThan(80);
    expect(id).not.toBe(entityIdOf("Organization", long + " II"));
    expect(EntityId.safeParse(id).success).toBe(true);
  });

  it("make relation ids from the ends and type, with a key for ties stated more than once", () => {
    expect(relationIdOf("org:a", "WON", "contract:b")).toBe("rel:org:a>won>contract:b");
    expect(relationIdOf("org:a", "WON", "contract:b", "r12")).toBe("rel:org:a>won>contract:b|r12");
  });
});
