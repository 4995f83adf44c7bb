import { describe, expect, it } from "vitest";
import { addAround, addBatch, describeScope, getEmptyStoreScope, limitOf, startScope } from "./store-scope.js";

const store = { entities: 5003, relations: 20000 };

describe("how much of the store the canvas shows", () => {
  it("says the first screen is a part of the store chosen by degree", () => {
    expect(describeScope(startScope(store, 500, 500), 500)).toBe("500 of 5,003 entities, chosen by degree");
  });

  it("says when the canvas holds the whole store", () => {
    expect(describeScope(startScope({ entities: 70, relations: 105 }, 500, 70), 70)).toBe(
      "all 70 entities of the store",
    );
  });

  it("names each batch and what was added by search or expand", () => {
    let scope = startScope(store, 500, 500);
    scope = addBatch(scope, { kind: null, limit: 1000, count: 1000 });
    scope = addBatch(scope, { kind: "Person", limit: 200, count: 200 });
    expect(limitOf(scope, null)).toBe(1000);
    expect(describeScope(scope, 1230)).toBe(
      "1,230 of 5,003 entities: 1,000 by degree, 200 Person by degree, 30 added by hand",
    );
  });

  it("says nothing until the store's size is known, and 'by hand' for a canvas built without the overview", () => {
    expect(describeScope(getEmptyStoreScope(), 3)).toBeNull();
    expect(describeScope({ store, batches: [] }, 3)).toBe("3 of 5,003 entities, added by hand");
  });

  it("names what was brought in around a community, adding up a community asked for twice", () => {
    let scope = startScope(store, 500, 500);
    scope = addAround(scope, { name: "Microsoft", count: 40 });
    scope = addAround(scope, { name: "Microsoft", count: 2 });
    expect(describeScope(scope, 545)).toBe(
      "545 of 5,003 entities: 500 by degree, 42 around Microsoft's community, 3 added by hand",
    );
  });
});
