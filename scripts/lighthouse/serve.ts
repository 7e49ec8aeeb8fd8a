// A static server for a built dist/ on 127.0.0.1, under the site's base path, gzip-compressed as GitHub Pages sends it, with 404.html for a missing address.
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".jpeg": "image/jpeg",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
};
/** Types sent compressed; the rest (pictures, fonts, Pagefind's own compressed index) are compressed already. */
const COMPRESSED = new Set([".html", ".css", ".js", ".json", ".webmanifest", ".xml", ".txt", ".svg", ".wasm"]);

export interface Served { url: string; close: () => Promise<void> }

/** Serves `dist` at http://127.0.0.1:<free port><basePath>. */
export async function serveDist(dist: string, basePath: string): Promise<Served> {
  const root = path.resolve(dist);
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const send = (status: number, file: string, body: Buffer) => {
      const ext = path.extname(file);
      const compress = gzip && COMPRESSED.has(ext);
      response.writeHead(status, { "content-type": TYPES[ext] ?? "application/octet-stream", ...(compress ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}) });
      response.end(compress ? gzipSync(body) : body);
    };
    const relative = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : null;
    const file = relative === null ? null : path.join(root, relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative);
    if (file && file.startsWith(root + path.sep)) {
      try {
        return send(200, file, await readFile(file));
      } catch {
        // falls through to the 404 page
      }
    }
    const notFound = path.join(root, "404.html");
    send(404, notFound, await readFile(notFound).catch(() => Buffer.from("")));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${basePath}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
