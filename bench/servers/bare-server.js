// @ts-check
/**
 * The baseline server of the benchmarks: bare node:http, no framework and no TypeScript loader,
 * reading each request's body and answering one fixed JSON body (a Tencent API 3.0 success
 * envelope). Plain JavaScript on purpose, so that its start-up is node's own. Prints
 * `bare node:http listening on http://HOST:PORT` when ready; stops on SIGTERM or SIGINT.
 *
 * usage: node bench/servers/bare-server.js [--port 0]
 */
import { createServer } from "node:http";

const BODY = JSON.stringify({ Response: { RequestId: "6f6b2a34-6c4f-4a8e-9d3c-2b1e0f9a7c51" } });
const portArg = process.argv.indexOf("--port");
const port = portArg === -1 ? 0 : Number(process.argv[portArg + 1]);

const server = createServer((req, res) => {
  req.on("data", () => {});
  req.on("end", () => {
    res.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(BODY),
    });
    res.end(BODY);
  });
});
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const shown = address && typeof address === "object" ? address.port : port;
  process.stdout.write(`bare node:http listening on http://127.0.0.1:${shown}\n`);
});
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
