// The one error type API calls throw: the server's {error:{code,message,details}} or a network failure,
// with a message an analyst can act on.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: Record<string, unknown> };
}

export async function apiErrorOf(response: Response, what: string): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON: a proxy or a crashed server answered, so only the status is known.
  }
  const code = body.error?.code ?? `http_${response.status}`;
  const reason =
    body.error?.message ??
    `the server answered HTTP ${response.status} without details. Check that it is running, then retry.`;
  return new ApiError(`${what} failed: ${reason}`, code, response.status, body.error?.details ?? {});
}

export function networkError(what: string, cause: unknown): ApiError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ApiError(
    `${what} failed: the server cannot be reached (${reason}). Check that it is running, then retry.`,
    "network",
    0,
  );
}
