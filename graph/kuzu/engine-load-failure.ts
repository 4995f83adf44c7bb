// Turns a failed load of the embedded engine's native module into a message a person can act on: what
// the system lacks (LadybugDB's prebuilt binary needs glibc 2.34+ and OpenSSL 3) and the Neo4j way out.
import { StoreUnavailableError } from "../errors.js";

export const REQUIRED_GLIBC = "2.34";

interface FailedEngine {
  title: string;
  packageName: string;
}

const NEO4J_ALTERNATIVE =
  "Or run the explorer on Neo4j instead, which needs nothing from this system: set NEO4J_URI " +
  '(e.g. `docker compose up`, or any Neo4j 5.26; see "Neo4j for teams" in the README).';

export function explainEngineLoadFailure(
  engine: FailedEngine,
  error: unknown,
  glibcVersion: string | undefined = runningGlibcVersion(),
): StoreUnavailableError {
  const said = error instanceof Error ? error.message : String(error);
  const details = { engine: engine.packageName, glibc: glibcVersion ?? "unknown", cause: said };
  const missing = missingRequirement(said, glibcVersion);
  if (missing) {
    return new StoreUnavailableError(
      `The embedded store cannot start: ${engine.title} (${engine.packageName}) does not run on this system, ` +
        `${missing}. ${NEO4J_ALTERNATIVE} The loader said: ${said}`,
      { ...details, missing },
      { cause: error },
    );
  }
  if (isPackageMissing(error, engine.packageName)) {
    return new StoreUnavailableError(
      `The embedded store cannot start: the package ${engine.packageName} is not installed; run \`npm install\` ` +
        `in the project folder. ${NEO4J_ALTERNATIVE}`,
      details,
      { cause: error },
    );
  }
  return new StoreUnavailableError(
    `The embedded store cannot start: ${engine.title} (${engine.packageName}) failed to load its native module. ` +
      `Reinstall it with \`npm install\`; ${engine.title} needs Linux with glibc ${REQUIRED_GLIBC} or newer and ` +
      `OpenSSL 3, macOS or Windows on x64 or arm64. ${NEO4J_ALTERNATIVE} The loader said: ${said}`,
    details,
    { cause: error },
  );
}

function missingRequirement(said: string, glibcVersion: string | undefined): string | undefined {
  if (/GLIBC_\d|glibc/i.test(said) || (glibcVersion !== undefined && olderThan(glibcVersion, REQUIRED_GLIBC))) {
    const has = glibcVersion ? `this system has ${glibcVersion}` : "this system's version is unknown";
    return `it needs glibc ${REQUIRED_GLIBC} or newer (${has}; Debian 12, Ubuntu 22.04, RHEL 9 or newer have it)`;
  }
  const library = /\b(libssl|libcrypto)\.so\.3\b/.exec(said);
  if (library) return `it needs OpenSSL 3 (${library[0]} is missing; install the openssl 3 / libssl3 package)`;
  return undefined;
}

function isPackageMissing(error: unknown, packageName: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    error instanceof Error &&
    error.message.includes(packageName)
  );
}

/** The C library version Node itself reports; undefined on musl, macOS and Windows. */
function runningGlibcVersion(): string | undefined {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return report?.header?.glibcVersionRuntime;
}

function olderThan(version: string, minimum: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [wantMajor = 0, wantMinor = 0] = minimum.split(".").map(Number);
  return major < wantMajor || (major === wantMajor && minor < wantMinor);
}
