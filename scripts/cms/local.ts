// `npm run cms`: the dev server and Decap's local backend (decap-server) together, so the forms at /admin/ save straight into content/.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dev } from "../site/dev.ts";

/** Starts decap-server on 127.0.0.1:`port`, writing into the project folder `root`; resolves once it answers. */
export async function startDecapServer(root: string, port: number): Promise<{ url: string; server: ChildProcess }> {
  const script = createRequire(import.meta.url).resolve("decap-server");
  // MODE fs: files are written as they are saved (no branches); only this machine can reach the server.
  const server = spawn(process.execPath, [script], { cwd: root, env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", GIT_REPO_DIRECTORY: root, MODE: "fs" }, stdio: ["ignore", "inherit", "inherit"] });
  const url = `http://127.0.0.1:${port}/api/v1`;
  const exited = new Promise<never>((_resolve, reject) => server.once("exit", (code) => reject(new Error(`decap-server stopped (exit code ${code}) — is port ${port} in use? Set CMS_PORT to another port.`))));
  const answers = async (): Promise<void> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "info" }) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (attempt > 300) throw new Error(`decap-server did not answer at ${url}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  try {
    await Promise.race([answers(), exited]);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { url, server };
}

/** Runs until stopped (Ctrl+C); stops decap-server with it. */
export async function cms(root: string): Promise<void> {
  const { url, server } = await startDecapServer(root, Number(process.env.CMS_PORT ?? 8081));
  const stop = () => {
    server.kill();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  server.once("exit", () => process.exit(1));
  await dev({ root, localBackend: url });
  process.stdout.write(`\nForm editor: http://localhost:${process.env.PORT ?? 8080}/admin/ — saving writes into content/ (decap-server at ${url}).\n`);
}
