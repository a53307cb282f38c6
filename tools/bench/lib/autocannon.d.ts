// The part of autocannon 8's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      timeout?: number;
      headers?: Record<string, string>;
      requests?: { method?: string; path?: string }[];
    }
    interface Result {
      connections: number;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
    type Instance = Promise<Result> & EventEmitter;
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
