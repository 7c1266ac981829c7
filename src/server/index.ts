/**
 * Starts the API on a port (0: any free one), and stops it gracefully: no new connections, requests
 * in flight finish (up to a deadline), then the database closes.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/index.ts';
import { type AppOptions, createApp } from './app.ts';

export interface ServerOptions extends AppOptions {
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, waits for requests in flight (at most `graceMs`), then closes the store. */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(store: Store, options: ServerOptions = {}): Promise<RunningServer> {
  const app = createApp(store, options);
  const host = options.host ?? '127.0.0.1';
  const { server, info } = await new Promise<{ server: ReturnType<typeof serve>; info: AddressInfo }>(
    (resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 0 }, (info) =>
        resolve({ server: s, info }),
      );
      s.once('error', reject);
    },
  );
  const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${info.port}`,
    port: info.port,
    close(graceMs = 10_000) {
      closing ??= (async () => {
        const http = server as import('node:http').Server;
        const done = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeIdleConnections();
        const timer = setTimeout(() => http.closeAllConnections(), graceMs);
        await done;
        clearTimeout(timer);
        await store.close();
      })();
      return closing;
    },
  };
}
