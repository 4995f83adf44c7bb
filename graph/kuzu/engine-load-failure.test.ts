import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../errors.js";
import { loadEmbeddedEngine } from "./engine.js";
import { explainEngineLoadFailure } from "./engine-load-failure.js";

const LADYBUG = { title: "LadybugDB", packageName: "@ladybugdb/core" };
const OLD_GLIBC =
  "/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found " +
  "(required by /app/node_modules/@ladybugdb/core/lbugjs.node)";
const NO_OPENSSL_3 = "libssl.so.3: cannot open shared object file: No such file or directory";

describe("the embedded engine on a system it cannot run on", () => {
  it("names the glibc it needs, the one the system has, and Neo4j as the way out", () => {
    const error = explainEngineLoadFailure(LADYBUG, new Error(OLD_GLIBC), "2.31");
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toMatch(/LadybugDB \(@ladybugdb\/core\) does not run on this system/);
    expect(error.message).toMatch(/needs glibc 2\.34 or newer \(this system has 2\.31/);
    expect(error.message).toMatch(/NEO4J_URI/);
    expect(error.details).toMatchObject({ glibc: "2.31", engine: "@ladybugdb/core" });
  });

  it("names OpenSSL 3 and the missing library when libssl.so.3 is not there", () => {
    const error = explainEngineLoadFailure(LADYBUG, new Error(NO_OPENSSL_3), "2.36");
    expect(error.message).toMatch(/needs OpenSSL 3 \(libssl\.so\.3 is missing/);
    expect(error.message).toMatch(/NEO4J_URI/);
    expect(error.message).not.toMatch(/glibc 2\.34 or newer/);
  });

  it("says to run npm install when the package itself is missing", () => {
    const missing = Object.assign(new Error("Cannot find package '@ladybugdb/core' imported from /app/graph"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
    expect(explainEngineLoadFailure(LADYBUG, missing, "2.36").message).toMatch(/not installed; run `npm install`/);
  });

  it("turns a failed load into that error instead of the loader's raw one", async () => {
    const failing = () => Promise.reject(new Error(NO_OPENSSL_3));
    await expect(loadEmbeddedEngine("ladybug", failing)).rejects.toThrow(/needs OpenSSL 3/);
  });

  it("loads the pinned LadybugDB on this machine", async () => {
    const engine = await loadEmbeddedEngine();
    expect({ title: engine.title, version: engine.module.VERSION, file: engine.databaseFile }).toEqual({
      title: "LadybugDB",
      version: "0.19.1",
      file: "graph.lbug",
    });
  });
});
