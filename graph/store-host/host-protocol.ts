// The messages between the server and its store host (graph/store-host/store-host-child.ts), and how a
// typed error crosses the process boundary: by name, message and details, rebuilt as the same class.
import {
  ConflictError,
  GraphError,
  InvalidInputError,
  NotFoundError,
  QueryRefusedError,
  QueryTimeoutError,
  StoreUnavailableError,
  TooLargeError,
  type ErrorDetails,
} from "../errors.js";

/** Which factory the host calls to open its store: a module's named export taking one config object. */
export interface StoreFactoryRef {
  /** A file: URL or absolute path of an ES module (TypeScript is fine: the host runs under tsx). */
  module: string;
  exportName: string;
  config: Record<string, unknown>;
}

export type ToHost =
  | { type: "open"; factory: StoreFactoryRef }
  | { type: "call"; id: number; method: string; args: unknown[] }
  | { type: "close" };

export type FromHost =
  | { type: "opened"; kind: string; methods: string[] }
  | { type: "open-failed"; error: WireError }
  | { type: "result"; id: number; value: unknown }
  | { type: "failure"; id: number; error: WireError }
  | { type: "closed" };

export interface WireError {
  name: string;
  message: string;
  details?: ErrorDetails;
}

type GraphErrorClass = new (message: string, details?: ErrorDetails) => GraphError;

const KNOWN_ERRORS: Record<string, GraphErrorClass> = {
  NotFoundError,
  InvalidInputError,
  QueryRefusedError,
  QueryTimeoutError,
  TooLargeError,
  StoreUnavailableError,
  ConflictError,
};

export function errorToWire(error: unknown): WireError {
  if (error instanceof GraphError) return { name: error.name, message: error.message, details: error.details };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/** Our typed errors come back as themselves, so the HTTP layer maps them as if the store were in-process. */
export function errorFromWire(wire: WireError): Error {
  const Known = KNOWN_ERRORS[wire.name];
  if (Known) return new Known(wire.message, wire.details);
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}
