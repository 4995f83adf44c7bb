// `npm run setup:fuzz`: installs schemathesis from PyPI into node_modules/.cache before `npm run test:fuzz`
// (`.ci/run` calls it), and fails with the reason when it cannot.
import { installSchemathesis } from "./schemathesis-command.js";

const result = await installSchemathesis();
if (result.ok) {
  console.log(`schemathesis for the API fuzz: ${result.version} (${result.command})`);
} else {
  console.error(result.reason);
  process.exit(1);
}
