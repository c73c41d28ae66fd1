/**
 * The smoke run itself: sign in to the portal as a developer, create an application bound to the stack's
 * auth strategy, register it for the API, get a token from the issuer, call the route with Basic and
 * Bearer credentials, and delete the application again, whatever happened before.
 *
 * All I/O is injected (`fetch`, clock, sleep, output stream), so tests run it in-process against local
 * stand-ins. It never throws: every failure becomes a failed step, and the exit code sums them up.
 */
import { claimProblems, decodeClaims, discover, requestToken, sameIssuer, TokenRequestError } from "./oidc";
import { diagnoseRouteRefusal, RegistrationState } from "./diagnose";
import { FetchFn, HttpClient, isSuccess, RequestError, UnexpectedResponseError, describeResponse } from "./http";
import { SmokeOutputs } from "./outputs";
import { CreatedApplication, PortalClient, Registration } from "./portal";
import { Redactor } from "./redact";
import { formatDuration, OutputStream, Reporter, StepResult } from "./report";
import { AuthCheck, SmokeSettings } from "./settings";

/** Exit codes of `npm run smoke`. */
export const EXIT_CODES = {
    /** Every check passed (and the application was deleted, unless `--keep`). */
    ok: 0,
    /** A check failed; the step lines say which and why. */
    checkFailed: 1,
    /** Bad flags, environment or stack outputs; nothing was requested. */
    badInput: 2,
    /** The application could not be deleted and may remain on the portal (and in Auth0). */
    cleanupFailed: 3,
} as const;

/** The side effects of a run. */
export interface SmokeDeps {
    readonly fetch: FetchFn;
    /** Milliseconds since the epoch. */
    readonly now: () => number;
    readonly sleep: (ms: number) => Promise<void>;
    readonly out: OutputStream;
    /** Suffix that makes the application's name unique; random by default. */
    readonly uniqueSuffix?: () => string;
}

export interface SmokeRunResult {
    readonly exitCode: number;
    readonly steps: readonly StepResult[];
    readonly applicationName: string;
    /** Set once the portal has returned the created application. */
    readonly applicationId?: string;
}

/** A failed check, with its likely causes. */
class CheckFailed extends Error {
    constructor(
        message: string,
        readonly causes: readonly string[] = [],
    ) {
        super(message);
    }
}

/** The name of the run's application: `smoke-<stack>-<UTC time>-<suffix>`, unique and easy to spot. */
export function applicationName(stack: string | undefined, nowMs: number, suffix: string): string {
    const stackPart = (stack?.split("/").pop() ?? "stack").replace(/[^A-Za-z0-9-]/g, "-");
    const time = new Date(nowMs)
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z");
    return `smoke-${stackPart}-${time}-${suffix}`;
}

/** Runs every step and reports it; resolves with the exit code and the step results. */
export async function runSmoke(
    settings: SmokeSettings,
    outputs: SmokeOutputs,
    deps: SmokeDeps,
    redactor = new Redactor([settings.developer.password]),
): Promise<SmokeRunResult> {
    return new SmokeRun(settings, outputs, deps, redactor).run();
}

class SmokeRun {
    private readonly reporter: Reporter;
    private readonly http: HttpClient;
    private readonly portal: PortalClient;
    private readonly name: string;
    private readonly steps: StepResult[] = [];
    private createAttempted = false;
    private app: CreatedApplication | undefined;
    private registration: RegistrationState;
    private token: string | undefined;
    private tokenError: string | undefined;
    private claimProblems: string[] = [];

    constructor(
        private readonly settings: SmokeSettings,
        private readonly outputs: SmokeOutputs,
        private readonly deps: SmokeDeps,
        private readonly redactor: Redactor,
    ) {
        this.reporter = new Reporter(deps.out, redactor);
        this.http = new HttpClient(deps.fetch, settings.timeouts.requestMs);
        this.portal = new PortalClient(this.http, outputs.konnectPortalUrl, settings.developer, (secret) =>
            redactor.add(secret),
        );
        const suffix = deps.uniqueSuffix?.() ?? Math.random().toString(16).slice(2, 8);
        this.name = applicationName(settings.stack, deps.now(), suffix);
        this.registration = settings.apiId ? "failed" : "not-configured";
    }

    async run(): Promise<SmokeRunResult> {
        const started = this.deps.now();
        this.reporter.line(`smoke: application ${this.name}`);
        if (await this.step("sign-in", () => this.signIn())) {
            await this.step("create-application", () => this.createApplication());
        } else {
            this.skip("create-application", "not signed in");
        }
        const checks: Array<{ name: string; body: () => Promise<string>; skipReason?: () => string | undefined }> = [
            {
                name: "register",
                body: () => this.register(),
                skipReason: () => (this.settings.apiId ? undefined : "no --api-id: not registered for an API"),
            },
            { name: "token", body: () => this.getToken() },
            ...this.settings.authChecks.map((check) => ({
                name: `route-${check}`,
                body: () => this.callRoute(check),
                skipReason: () => (check === "bearer" && !this.token ? "no token" : undefined),
            })),
        ];
        for (const check of checks) {
            const reason = this.app ? check.skipReason?.() : "no application";
            if (reason) this.skip(check.name, reason);
            else await this.step(check.name, check.body);
        }
        await this.cleanup();
        return this.summarise(this.deps.now() - started);
    }

    private async signIn(): Promise<string> {
        await this.portal.signIn();
        return `as ${this.settings.developer.email}`;
    }

    private async createApplication(): Promise<string> {
        const strategyId = this.outputs.konnectAuthStrategyId;
        this.createAttempted = true;
        try {
            this.app = await this.portal.createApplication({
                name: this.name,
                description: `Smoke test of the DCR set-up${this.settings.stack ? ` (stack ${this.settings.stack})` : ""}; deleted when the run ends, safe to delete.`,
                redirectUri: this.settings.redirectUri ?? this.outputs.konnectPortalUrl,
                authStrategyId: strategyId,
            });
        } catch (error) {
            if (error instanceof UnexpectedResponseError && [400, 404].includes(error.response.status)) {
                throw new CheckFailed(error.message, [
                    `strategy not bound: the portal may not offer auth strategy ${strategyId} to developers (portal default or an API publication)`,
                ]);
            }
            throw error;
        }
        this.redactor.add(basicCredentials(this.app));
        if (this.app.authStrategyId !== undefined && this.app.authStrategyId !== strategyId) {
            throw new CheckFailed(
                `the application got auth strategy ${this.app.authStrategyId}, not the stack's ${strategyId}`,
            );
        }
        if (!this.app.clientId || !this.app.clientSecret) {
            throw new CheckFailed("the portal returned no client id and secret", [
                `strategy not DCR: auth strategy ${strategyId} issues no client credentials`,
            ]);
        }
        return `${this.app.name} (client id ${this.app.clientId})`;
    }

    private async register(): Promise<string> {
        const app = this.app!;
        const apiId = this.settings.apiId!;
        const strategyId = this.outputs.konnectAuthStrategyId;
        const api = await this.portal.getApi(apiId);
        if (!api) {
            throw new CheckFailed(`API ${apiId} is not visible to the developer`, [
                "the API is not published on this portal, or its visibility hides it from this developer",
            ]);
        }
        if (api.authStrategyIds !== undefined && !api.authStrategyIds.includes(strategyId)) {
            throw new CheckFailed(`API ${api.name} takes auth strategies ${JSON.stringify(api.authStrategyIds)}`, [
                `strategy not bound: publish the API with the stack's auth strategy ${strategyId} (auth_strategy_ids of its publication)`,
            ]);
        }
        const first = await this.portal.register(app.id, apiId);
        const waitStarted = this.deps.now();
        const final = await this.waitForApproval(first);
        const waited = this.deps.now() - waitStarted;
        this.registration = final.status;
        if (final.status === "approved") {
            return `approved for ${final.apiName || api.name}${first.status === "pending" ? ` after ${formatDuration(waited)} pending` : ""}`;
        }
        if (final.status === "pending") {
            throw new CheckFailed(`registration still pending after ${formatDuration(waited)}`, [
                "registration pending: approve it in Konnect, enable auto-approve on the API's publication, or raise --approval-timeout",
            ]);
        }
        throw new CheckFailed(`registration ${final.status}`, [
            `registration ${final.status}: the portal refused the application access to ${api.name}`,
        ]);
    }

    /** Polls a pending registration until it is decided or the approval timeout passes; transient errors keep polling. */
    private async waitForApproval(registration: Registration): Promise<Registration> {
        const app = this.app!;
        const { approvalMs, pollIntervalMs } = this.settings.timeouts;
        const waitStarted = this.deps.now();
        const deadline = waitStarted + approvalMs;
        let current = registration;
        while (current.status === "pending" && this.deps.now() + pollIntervalMs <= deadline) {
            this.reporter.progress(
                "register",
                `pending approval (${formatDuration(this.deps.now() - waitStarted)} of ${formatDuration(approvalMs)})`,
            );
            await this.deps.sleep(pollIntervalMs);
            try {
                current = await this.portal.getRegistration(app.id, registration.id);
            } catch (error) {
                if (!isTransient(error)) throw error;
                this.reporter.progress("register", `poll failed, retrying: ${(error as Error).message}`);
            }
        }
        return current;
    }

    private async getToken(): Promise<string> {
        const app = this.app!;
        const { issuer, audience } = this.outputs;
        const discovery = await discover(this.http, issuer);
        if (!sameIssuer(discovery.issuer, issuer)) {
            throw new CheckFailed(`the discovery document's issuer is ${discovery.issuer}`, [
                `issuer mismatch: the stack's issuer output ${issuer} is not the issuer its tokens carry; Konnect validates against the output`,
            ]);
        }
        try {
            this.token = await requestToken(this.http, discovery.tokenEndpoint, app, audience);
        } catch (error) {
            if (!(error instanceof TokenRequestError)) throw error;
            this.tokenError = error.message;
            throw new CheckFailed(error.message, [tokenRefusalCause(error, audience)]);
        }
        this.redactor.add(this.token);
        const claims = decodeClaims(this.token);
        if (!claims) {
            throw new CheckFailed("the issuer returned an opaque token", [
                `wrong audience: Auth0 returns opaque tokens when ${audience} is not an API it knows`,
            ]);
        }
        this.claimProblems = claimProblems(claims, { clientId: app.clientId, audience, issuer: discovery.issuer });
        if (this.claimProblems.length > 0)
            throw new CheckFailed("the token's claims do not fit the strategy", this.claimProblems);
        return `aud ${audience}, azp = client id`;
    }

    /** Calls the route; 401/403 are retried until the route timeout while the gateway may still be syncing. */
    private async callRoute(check: AuthCheck): Promise<string> {
        const app = this.app!;
        const authorization = check === "basic" ? `Basic ${basicCredentials(app)}` : `Bearer ${this.token}`;
        const { routeMs, pollIntervalMs } = this.settings.timeouts;
        // Waiting only helps when the application should be allowed: not while a registration is undecided.
        const deadline =
            this.deps.now() +
            (this.registration === "approved" || this.registration === "not-configured" ? routeMs : 0);
        const started = this.deps.now();
        for (let attempt = 1; ; attempt++) {
            const response = await this.http.send("GET", this.settings.routeUrl, { headers: { authorization } });
            if (isSuccess(response)) return `HTTP ${response.status}${attempt > 1 ? ` after ${attempt} attempts` : ""}`;
            const retryable = response.status === 401 || response.status === 403;
            if (!retryable || this.deps.now() + pollIntervalMs > deadline) {
                throw new CheckFailed(
                    describeResponse(response),
                    diagnoseRouteRefusal({
                        check,
                        status: response.status,
                        wwwAuthenticate: response.headers.get("www-authenticate") ?? undefined,
                        location: response.headers.get("location") ?? undefined,
                        registration: this.registration,
                        authMethods: app.authMethods,
                        claimProblems: this.claimProblems,
                        tokenError: this.tokenError,
                        authStrategyId: this.outputs.konnectAuthStrategyId,
                        audience: this.outputs.audience,
                    }),
                );
            }
            this.reporter.progress(
                `route-${check}`,
                `HTTP ${response.status}, waiting for the gateway to accept the application (${formatDuration(this.deps.now() - started)} of ${formatDuration(routeMs)})`,
            );
            await this.deps.sleep(pollIntervalMs);
        }
    }

    /** Deletes the application: by id when creation answered, else by its unique name. */
    private async cleanup(): Promise<void> {
        if (!this.createAttempted) {
            this.skip("cleanup", "nothing was created");
            return;
        }
        if (this.settings.keep && this.app) {
            this.skip("cleanup", `--keep: application ${this.app.name} (${this.app.id}) left on the portal`);
            return;
        }
        await this.step("cleanup", async () => {
            const ids = this.app
                ? [this.app.id]
                : await this.withRetries(() => this.portal.findApplicationIds(this.name));
            let deleted = 0;
            for (const id of ids) {
                if (await this.withRetries(() => this.portal.deleteApplication(id))) deleted++;
            }
            if (this.app)
                return deleted ? `application ${this.app.id} deleted` : `application ${this.app.id} was already gone`;
            return ids.length
                ? `deleted ${ids.length} application(s) named ${this.name} left by the failed create`
                : "no application was created";
        });
    }

    /** Three attempts for transient failures: cleanup must not give up on one 503. */
    private async withRetries<T>(action: () => Promise<T>): Promise<T> {
        for (let attempt = 1; ; attempt++) {
            try {
                return await action();
            } catch (error) {
                if (attempt >= 3 || !isTransient(error)) throw error;
                await this.deps.sleep(this.settings.timeouts.pollIntervalMs);
            }
        }
    }

    private summarise(durationMs: number): SmokeRunResult {
        const failed = this.steps.filter((s) => s.status === "failed");
        const cleanupFailed = failed.some((s) => s.name === "cleanup");
        const exitCode = cleanupFailed
            ? EXIT_CODES.cleanupFailed
            : failed.length
              ? EXIT_CODES.checkFailed
              : EXIT_CODES.ok;
        if (cleanupFailed) {
            this.reporter.line(
                `smoke: application ${this.name} may remain on the portal: delete it there (Konnect then removes its Auth0 client)`,
            );
        }
        this.reporter.line(
            exitCode === EXIT_CODES.ok
                ? `smoke passed in ${formatDuration(durationMs)}`
                : `smoke FAILED (exit ${exitCode}): ${failed.map((s) => s.name).join(", ")} in ${formatDuration(durationMs)}`,
        );
        return { exitCode, steps: this.steps, applicationName: this.name, applicationId: this.app?.id };
    }

    private async step(name: string, body: () => Promise<string>): Promise<boolean> {
        const started = this.deps.now();
        let result: StepResult;
        try {
            const detail = await body();
            result = { name, status: "passed", durationMs: this.deps.now() - started, detail, causes: [] };
        } catch (error) {
            const causes = error instanceof CheckFailed ? error.causes : [];
            result = {
                name,
                status: "failed",
                durationMs: this.deps.now() - started,
                detail: (error as Error).message,
                causes,
            };
        }
        this.record(result);
        return result.status === "passed";
    }

    private skip(name: string, reason: string): void {
        this.record({ name, status: "skipped", durationMs: 0, detail: `skipped: ${reason}`, causes: [] });
    }

    private record(result: StepResult): void {
        // Redacted before it is kept, so a caller printing the results cannot leak either.
        const redacted = {
            ...result,
            detail: this.redactor.redact(result.detail),
            causes: result.causes.map((c) => this.redactor.redact(c)),
        };
        this.steps.push(redacted);
        this.reporter.step(redacted);
    }
}

/** The value after `Basic `: base64 of `client_id:client_secret`. */
function basicCredentials(app: CreatedApplication): string {
    return Buffer.from(`${app.clientId}:${app.clientSecret}`).toString("base64");
}

/** Network errors, timeouts, 429 and 5xx: worth another try. */
function isTransient(error: unknown): boolean {
    if (error instanceof RequestError) return true;
    return error instanceof UnexpectedResponseError && (error.response.status === 429 || error.response.status >= 500);
}

/**
 * What a refused token request most likely means with Auth0: 401 `access_denied` for unknown credentials,
 * 403 `unauthorized_client` when the client may not use the grant, 403 `access_denied` ("Client is not
 * authorized to access ...") when it has no grant for the audience.
 */
function tokenRefusalCause(error: TokenRequestError, audience: string): string {
    if (error.error === "unauthorized_client") {
        return "the application's Auth0 client may not use the client_credentials grant; check the DCR provider's client settings";
    }
    if (error.status === 403) {
        return `wrong audience: the application's Auth0 client has no grant for ${audience}; Konnect's DCR grants the audience configured on the auth strategy`;
    }
    return "the issuer does not know these credentials: Konnect's DCR did not create the Auth0 client, or the strategy uses another issuer";
}
