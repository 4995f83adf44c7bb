// Errors only the HTTP layer raises (auth, rate limit, unknown route); the graph layer has its own.
import { GraphError } from "../../graph/errors.js";

/** A request without the bearer token the server was started with. */
export class UnauthorizedError extends GraphError {
  readonly code = "unauthorized";
}

/** Too many requests from one client in the current window. */
export class RateLimitedError extends GraphError {
  readonly code = "rate_limited";
}

/** A path no route answers. */
export class RouteNotFoundError extends GraphError {
  readonly code = "not_found";
}
