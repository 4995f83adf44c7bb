// The small part of autocannon's API the load worker uses (the package ships no types).
declare module "autocannon" {
  export interface Options {
    url: string;
    connections: number;
    duration: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    requests?: { method?: string; path: string }[];
  }
  export interface Result {
    requests: { total: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }
  export interface Instance {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): void;
  }
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
