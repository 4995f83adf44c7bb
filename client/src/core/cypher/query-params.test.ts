import { describe, expect, it } from "vitest";
import { parameterNamesOf, paramsForQuery } from "./query-params.js";

describe("the parameters a Cypher query sends", () => {
  it("are the ones the query names, each once, not those inside strings or comments", () => {
    const query = "MATCH (a {id: $id})-[r]->(b) WHERE b.name <> '$name' // $other\nRETURN a LIMIT $limit + $id";
    expect(parameterNamesOf(query)).toEqual(["id", "limit"]);
  });

  it("leave out a value typed for an earlier query, so the README's query runs after the example", () => {
    const typed = { id: "contract:jedi" };
    expect(paramsForQuery("MATCH (e:Entity) RETURN e.kind AS kind, count(*) AS n", typed)).toEqual({ params: {} });
    expect(paramsForQuery("MATCH (a {id: $id}) RETURN a", typed)).toEqual({ params: { id: "contract:jedi" } });
  });

  it("read numbers, booleans and lists as JSON and anything else as text", () => {
    const typed = { limit: "5", flag: "true", ids: '["a", "b"]', quoted: '"42"', name: "Amazon" };
    const query = "RETURN $limit, $flag, $ids, $quoted, $name";
    expect(paramsForQuery(query, typed)).toEqual({
      params: { limit: 5, flag: true, ids: ["a", "b"], quoted: "42", name: "Amazon" },
    });
  });

  it("name every parameter left without a value", () => {
    expect(paramsForQuery("MATCH (a {id: $id}) RETURN a LIMIT $limit", { limit: " " })).toEqual({
      problem: "The query uses $id, $limit: give each a value.",
    });
  });

  it("are none while the query cannot be read yet", () => {
    expect(parameterNamesOf("MATCH (a {name: 'unfinished")).toEqual([]);
  });
});
