import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../graph/errors.js";
import { checkBindIsSafe, isLoopbackHost, readServerEnv } from "./env.js";

describe("readServerEnv", () => {
  it("defaults to Kuzu in <repo>/data on 127.0.0.1:8080", () => {
    const env = readServerEnv({}, "/repo");
    expect(env).toMatchObject({ port: 8080, host: "127.0.0.1", dataDir: "/repo/data", seedDir: "/repo/seeds" });
    expect(env.neo4j).toBeUndefined();
    expect(env.corsOrigins).toEqual([]);
  });

  it("picks Neo4j when NEO4J_URI is set", () => {
    const env = readServerEnv({ NEO4J_URI: "bolt://db:7687", NEO4J_PASSWORD: "pw" }, "/repo");
    expect(env.neo4j).toEqual({ uri: "bolt://db:7687", user: "neo4j", password: "pw", database: undefined });
  });

  it("names the variable that is wrong", () => {
    expect(() => readServerEnv({ PORT: "eighty" }, "/repo")).toThrow(/^PORT:/);
    expect(() => readServerEnv({ CORS_ORIGINS: "https://ok.example, not an origin" }, "/repo")).toThrow(
      /CORS_ORIGINS: "not an origin"/,
    );
    expect(() => readServerEnv({ ALLOW_PUBLIC_BIND: "maybe" }, "/repo")).toThrow(/^ALLOW_PUBLIC_BIND:/);
    expect(() => readServerEnv({ IMPORT_LIMIT_BYTES: "20MB" }, "/repo")).toThrow(/^IMPORT_LIMIT_BYTES:/);
  });

  it("reads the upload limit of POST /api/imports, leaving the app's default when unset", () => {
    expect(readServerEnv({ IMPORT_LIMIT_BYTES: "1048576" }, "/repo").importLimitBytes).toBe(1048576);
    expect(readServerEnv({}, "/repo").importLimitBytes).toBeUndefined();
  });
});

describe("checkBindIsSafe", () => {
  it("knows loopback addresses", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "example.org"]) expect(isLoopbackHost(host)).toBe(false);
  });

  it("refuses a public bind without a token unless told to allow it", () => {
    expect(() => checkBindIsSafe({ host: "0.0.0.0", allowPublicBind: false })).toThrow(InvalidInputError);
    expect(() => checkBindIsSafe({ host: "0.0.0.0", apiToken: "t0ken", allowPublicBind: false })).not.toThrow();
    expect(() => checkBindIsSafe({ host: "0.0.0.0", allowPublicBind: true })).not.toThrow();
    expect(() => checkBindIsSafe({ host: "127.0.0.1", allowPublicBind: false })).not.toThrow();
  });
});
