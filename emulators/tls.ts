/**
 * TLS and host routing for local stand-ins that must be reached under a real public host name.
 *
 * Clients such as the Pulumi Auth0 plugin always call `https://<tenant domain>`, and the stack's configuration
 * only accepts canonical tenant domains, so a stand-in cannot simply be given a `http://127.0.0.1` URL. Instead:
 * - `createThrowawayCertificates` makes a CA and a server certificate for the wanted host names with Debian's
 *   `openssl` CLI, in a temporary directory that `cleanup()` removes (one CA per run, valid for a day);
 * - `startConnectProxy` is an HTTPS CONNECT proxy on 127.0.0.1 that tunnels only the mapped hosts to local
 *   ports and refuses every other host with 403, so a child process given `HTTPS_PROXY` cannot reach anything
 *   else through it (no token leaves the machine by accident);
 * - `proxyEnvironment` is what such a child process needs: Go honours `HTTPS_PROXY` and `SSL_CERT_FILE`,
 *   Node.js 24 honours `HTTPS_PROXY` with `NODE_USE_ENV_PROXY=1` and trusts `NODE_EXTRA_CA_CERTS`.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as http from "http";
import * as net from "net";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import * as path from "path";
import * as tls from "tls";
import { promisify } from "util";

const run = promisify(execFile);

/** Debian's bundle of public roots, kept in `SSL_CERT_FILE` so that Go children still trust real hosts. */
const SYSTEM_CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

export interface ThrowawayCertificates {
    /** The CA certificate (PEM): what clients must trust. */
    readonly caPem: string;
    /** The server certificate (PEM), signed by the CA, with every requested host as a subject alternative name. */
    readonly certPem: string;
    /** The server's private key (PEM). Never leaves this process. */
    readonly keyPem: string;
    /** A file holding `caPem` (for `NODE_EXTRA_CA_CERTS`). */
    readonly caFile: string;
    /** A file holding the system roots plus `caPem` (for Go's `SSL_CERT_FILE`, which replaces the system roots). */
    readonly bundleFile: string;
    /** Removes the temporary directory with the keys. */
    cleanup(): void;
}

/**
 * A fresh CA and a server certificate for `hosts` (DNS names; `localhost` and `127.0.0.1` are always added).
 * Elliptic-curve P-256 keys: quick to generate, accepted by Go and Node.js.
 */
export async function createThrowawayCertificates(hosts: readonly string[]): Promise<ThrowawayCertificates> {
    for (const host of hosts) {
        if (!/^[a-z0-9.-]+$/i.test(host)) {
            throw new Error(`createThrowawayCertificates: "${host}" is not a DNS host name`);
        }
    }
    const dir = mkdtempSync(path.join(tmpdir(), "throwaway-ca-"));
    const file = (name: string) => path.join(dir, name);
    const cleanup = () => rmSync(dir, { recursive: true, force: true });
    try {
        const ecKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
        await run("openssl", [
            "req",
            "-x509",
            ...ecKey,
            "-keyout",
            file("ca.key"),
            "-out",
            file("ca.pem"),
            "-days",
            "1",
            "-subj",
            "/CN=konnect-auth0-dcr throwaway test CA",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ]);
        await run("openssl", [
            "req",
            ...ecKey,
            "-keyout",
            file("server.key"),
            "-out",
            file("server.csr"),
            "-subj",
            `/CN=${hosts[0] ?? "localhost"}`,
        ]);
        const names = [...new Set([...hosts, "localhost"])].map((h) => `DNS:${h}`);
        writeFileSync(
            file("server.ext"),
            [
                `subjectAltName=${[...names, "IP:127.0.0.1"].join(",")}`,
                "basicConstraints=critical,CA:FALSE",
                "keyUsage=critical,digitalSignature",
                "extendedKeyUsage=serverAuth",
            ].join("\n"),
        );
        await run("openssl", [
            "x509",
            "-req",
            "-in",
            file("server.csr"),
            "-CA",
            file("ca.pem"),
            "-CAkey",
            file("ca.key"),
            "-CAcreateserial",
            "-out",
            file("server.pem"),
            "-days",
            "1",
            "-extfile",
            file("server.ext"),
        ]);
        const caPem = readFileSync(file("ca.pem"), "utf8");
        const systemRoots = existsSync(SYSTEM_CA_BUNDLE) ? readFileSync(SYSTEM_CA_BUNDLE, "utf8") : "";
        writeFileSync(file("bundle.pem"), `${systemRoots}\n${caPem}`);
        // The CA's key is only needed to sign the one server certificate.
        rmSync(file("ca.key"));
        return {
            caPem,
            certPem: readFileSync(file("server.pem"), "utf8"),
            keyPem: readFileSync(file("server.key"), "utf8"),
            caFile: file("ca.pem"),
            bundleFile: file("bundle.pem"),
            cleanup,
        };
    } catch (error) {
        cleanup();
        throw error;
    }
}

/** One CONNECT request as the proxy saw it. */
export interface ProxiedConnect {
    /** `host:port` as requested. */
    readonly authority: string;
    readonly allowed: boolean;
}

export interface ConnectProxy {
    /** `http://127.0.0.1:<port>`. */
    readonly url: string;
    /** Every CONNECT and plain request, in order. */
    readonly connects: ProxiedConnect[];
    close(): Promise<void>;
}

/**
 * An HTTPS CONNECT proxy on 127.0.0.1 that tunnels only `routes` (host → local port, for port 443) and answers
 * 403 to any other host, and to plain (non-CONNECT) proxy requests.
 */
export async function startConnectProxy(routes: Record<string, number> = {}): Promise<ConnectProxy> {
    const table = new Map(Object.entries(routes).map(([host, port]) => [host.toLowerCase(), port]));
    const connects: ProxiedConnect[] = [];
    const sockets = new Set<net.Socket>();
    const server = http.createServer((req, res) => {
        connects.push({ authority: req.headers.host ?? req.url ?? "", allowed: false });
        res.writeHead(403, { "content-type": "text/plain" });
        res.end("this proxy only tunnels CONNECT to its emulated hosts\n");
    });
    server.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
        sockets.add(client);
        client.on("close", () => sockets.delete(client));
        client.on("error", () => client.destroy());
        const authority = req.url ?? "";
        const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(authority);
        const target = match && match[2] === "443" ? table.get(match[1].toLowerCase()) : undefined;
        connects.push({ authority, allowed: target !== undefined });
        if (target === undefined) {
            client.end("HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            return;
        }
        const upstream = net.connect(target, "127.0.0.1", () => {
            client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
            if (head.length > 0) {
                upstream.write(head);
            }
            upstream.pipe(client);
            client.pipe(upstream);
        });
        sockets.add(upstream);
        upstream.on("close", () => {
            sockets.delete(upstream);
            client.destroy();
        });
        upstream.on("error", () => client.destroy());
        client.on("close", () => upstream.destroy());
    });
    await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", resolve);
    });
    return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        connects,
        close: () =>
            new Promise<void>((resolve) => {
                for (const socket of sockets) {
                    socket.destroy();
                }
                server.close(() => resolve());
                server.closeAllConnections();
            }),
    };
}

/** What a child process needs to reach the proxied hosts as if they were the real ones. */
export interface ProxyEnvironment {
    HTTPS_PROXY: string;
    https_proxy: string;
    NO_PROXY: string;
    SSL_CERT_FILE: string;
    NODE_EXTRA_CA_CERTS: string;
    NODE_USE_ENV_PROXY: "1";
    [name: string]: string;
}

export function proxyEnvironment(proxy: ConnectProxy, certificates: ThrowawayCertificates): ProxyEnvironment {
    return {
        HTTPS_PROXY: proxy.url,
        https_proxy: proxy.url,
        // Local stand-ins reached by URL (the Konnect emulator) stay direct.
        NO_PROXY: "127.0.0.1,localhost,::1",
        // Node.js reads the lower-case name first, Go the upper-case one: set both so neither inherits a stray value.
        no_proxy: "127.0.0.1,localhost,::1",
        SSL_CERT_FILE: certificates.bundleFile,
        NODE_EXTRA_CA_CERTS: certificates.caFile,
        NODE_USE_ENV_PROXY: "1",
    };
}

/** Node.js 24 APIs that `@types/node` 20 does not declare yet. */
interface ProcessWideNetworking {
    setGlobalProxyFromEnv?(env: Record<string, string>): () => void;
    getCACertificates?(type: "default"): string[];
    setDefaultCACertificates?(certificates: string[]): void;
}

/**
 * Makes this process reach the proxied hosts as a child given `proxyEnvironment` would: `fetch` and
 * `https.request` go through the proxy, and the CA is trusted on top of the default roots. Returns a function
 * that restores both. Needs Node.js 24 (`http.setGlobalProxyFromEnv`, `tls.setDefaultCACertificates`).
 */
export function routeThisProcessThrough(env: ProxyEnvironment, caPem: string): () => void {
    const httpApi = http as unknown as ProcessWideNetworking;
    const tlsApi = tls as unknown as ProcessWideNetworking;
    if (!httpApi.setGlobalProxyFromEnv || !tlsApi.getCACertificates || !tlsApi.setDefaultCACertificates) {
        throw new Error(`routeThisProcessThrough needs Node.js 24 or later (this is ${process.version})`);
    }
    const defaults = tlsApi.getCACertificates("default");
    const restoreProxy = httpApi.setGlobalProxyFromEnv(env);
    tlsApi.setDefaultCACertificates([...defaults, caPem]);
    return () => {
        restoreProxy();
        tlsApi.setDefaultCACertificates!(defaults);
    };
}
