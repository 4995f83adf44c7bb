// A server of the namesakes fixture for the search specs (two people named Olga Krüger, a Hans Müller).
import { NAMESAKES_SEED_DIR } from "../contract/search-hits-contract.js";
import { startSpecServer, type SpecServer } from "./spec-server.js";

export type NamesakesServer = SpecServer;

export function startNamesakesServer(): Promise<NamesakesServer> {
  return startSpecServer(NAMESAKES_SEED_DIR, "namesakes");
}
