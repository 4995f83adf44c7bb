// Loaded with `node --import` into a server child process: makes the embedded engine's package fail to
// load with the loader error of $SIMULATED_ENGINE_LOAD_ERROR, as on a system missing a library it needs.
import { register } from "node:module";

const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === "@ladybugdb/core") throw new Error(${JSON.stringify(process.env.SIMULATED_ENGINE_LOAD_ERROR ?? "")});
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
