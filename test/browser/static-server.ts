import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

// A plain static file server, as a teacher's host would be: files and their types, nothing else.
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".ttf": "font/ttf",
};

/** Serves `dir` on a free port of 127.0.0.1: `const { url, close } = await serveStatic(dir)`. */
export async function serveStatic(dir: string): Promise<{
  url: string;
  /** Bytes sent so far, by path: what a page cost to load. */
  served: Map<string, number>;
  close: () => Promise<void>;
}> {
  const served = new Map<string, number>();
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = join(dir, normalize(path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      });
      served.set(path, (served.get(path) ?? 0) + body.length);
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
