// Who a change made through the API (a merge, an undo) is recorded as: the name the request gives. With
// API_TOKEN set, several people share one server and one token, so a change that names no one is refused;
// without it the server answers only its own machine, and the one user is the account it runs as.
import { userInfo } from "node:os";
import { InvalidInputError } from "../../graph/errors.js";

export function authorOf(by: string | undefined, required: boolean, change: string): string {
  if (by) return by;
  if (required) {
    throw new InvalidInputError(`by: with API_TOKEN set, ${change} records who makes it; send "by" with your name`, {
      field: "by",
    });
  }
  return `${userInfo().username} (local)`;
}
