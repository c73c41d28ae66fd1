/**
 * The part of the Dev Portal's developer API (`https://<portal domain>/api/v3`, spec
 * `dev-portal/v3/openapi.yaml`) the smoke run uses, signed in with the developer's cookie session.
 *
 * The developer API, not the Konnect admin API, because only it returns the application's client secret
 * (once, at creation), and it proves what a real developer sees: the strategy offered on this portal.
 */
import { describeResponse, HttpClient, HttpResponse, isSuccess, jsonBody, UnexpectedResponseError } from "./http";
import { DeveloperCredentials } from "./settings";

/** The session cookie the developer API authenticates with. */
export const SESSION_COOKIE = "portalaccesstoken";

/** The application as created: its credentials are returned once, here. */
export interface CreatedApplication {
    readonly id: string;
    readonly name: string;
    readonly clientId: string;
    readonly clientSecret: string;
    readonly authStrategyId?: string;
    /** `auth_methods` of the application's strategy, e.g. `["client_credentials", "bearer"]`. */
    readonly authMethods: readonly string[];
}

export interface NewApplication {
    readonly name: string;
    readonly description: string;
    readonly redirectUri: string;
    readonly authStrategyId: string;
}

export const REGISTRATION_STATUSES = ["approved", "pending", "rejected", "revoked"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export interface Registration {
    readonly id: string;
    readonly status: RegistrationStatus;
    readonly apiName: string;
}

export interface PortalApi {
    readonly id: string;
    readonly name: string;
    /** Ids of the auth strategies applications may register for this API with, when the portal says. */
    readonly authStrategyIds?: readonly string[];
}

/** The portal refused the developer's credentials, or signed them in without a session cookie. */
export class SignInError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "SignInError";
    }
}

/**
 * A signed-in developer session. Requests that come back 401 sign in again once and are retried, so a
 * session that expires during a long approval wait does not strand the application at cleanup.
 */
export class PortalClient {
    private cookie: string | undefined;

    /** `onSecret` receives each session cookie as soon as it is issued, so it can be redacted. */
    constructor(
        private readonly http: HttpClient,
        private readonly baseUrl: string,
        private readonly developer: DeveloperCredentials,
        private readonly onSecret: (secret: string) => void,
    ) {}

    /** `POST /api/v3/developer/authenticate`; keeps the `portalaccesstoken` cookie it sets. */
    async signIn(): Promise<void> {
        const response = await this.http.send("POST", `${this.baseUrl}/api/v3/developer/authenticate`, {
            json: { username: this.developer.email, password: this.developer.password },
        });
        if (response.status === 400 || response.status === 401) {
            throw new SignInError(
                `the portal refused the developer credentials (${describeResponse(response)}); check KONNECT_PORTAL_DEVELOPER_EMAIL/PASSWORD and that the developer is approved`,
            );
        }
        if (response.status === 404) {
            throw new SignInError(
                `no developer API at ${this.baseUrl} (${describeResponse(response)}); check the konnectPortalUrl output`,
            );
        }
        if (!isSuccess(response)) throw new UnexpectedResponseError("sign-in", response);
        const value = sessionCookie(response.headers);
        if (value === undefined)
            throw new SignInError(`sign-in answered ${response.status} without a ${SESSION_COOKIE} cookie`);
        this.onSecret(value);
        this.cookie = `${SESSION_COOKIE}=${value}`;
    }

    /** `POST /api/v3/applications`; the secret is only in this response. */
    async createApplication(app: NewApplication): Promise<CreatedApplication> {
        const response = await this.call("POST", "/api/v3/applications", {
            name: app.name,
            description: app.description,
            redirect_uri: app.redirectUri,
            auth_strategy_id: app.authStrategyId,
        });
        if (response.status !== 201) throw new UnexpectedResponseError("create application", response);
        const body = jsonBody(response) as Record<string, unknown> | undefined;
        const strategy = (body?.auth_strategy ?? {}) as Record<string, unknown>;
        const created = {
            id: String(body?.id ?? ""),
            name: String(body?.name ?? app.name),
            clientId: typeof body?.client_id === "string" ? body.client_id : "",
            clientSecret: typeof body?.client_secret === "string" ? body.client_secret : "",
            authStrategyId: typeof strategy.id === "string" ? strategy.id : undefined,
            authMethods: Array.isArray(strategy.auth_methods) ? strategy.auth_methods.map(String) : [],
        };
        this.onSecret(created.clientSecret);
        if (created.id === "")
            throw new UnexpectedResponseError("create application (no id in the response)", response);
        return created;
    }

    /** Ids of this developer's applications named exactly `name` (`filter[name][eq]`). */
    async findApplicationIds(name: string): Promise<string[]> {
        const query = new URLSearchParams({ "filter[name][eq]": name, "page[size]": "100" });
        const response = await this.call("GET", `/api/v3/applications?${query}`);
        if (response.status !== 200) throw new UnexpectedResponseError("list applications", response);
        const data = (jsonBody(response) as { data?: Array<{ id?: unknown; name?: unknown }> } | undefined)?.data ?? [];
        // Filtered again here: a portal that ignored the filter must not get other applications deleted.
        return data.filter((a) => a.name === name && typeof a.id === "string").map((a) => a.id as string);
    }

    /** `DELETE /api/v3/applications/{id}`; false when it was already gone. */
    async deleteApplication(id: string): Promise<boolean> {
        const response = await this.call("DELETE", `/api/v3/applications/${encodeURIComponent(id)}`);
        if (response.status === 404) return false;
        if (!isSuccess(response)) throw new UnexpectedResponseError(`delete application ${id}`, response);
        return true;
    }

    /** `GET /api/v3/apis/{apiId}` as the developer sees it; undefined when it is not visible. */
    async getApi(apiId: string): Promise<PortalApi | undefined> {
        const response = await this.call("GET", `/api/v3/apis/${encodeURIComponent(apiId)}`);
        if (response.status === 404) return undefined;
        if (response.status !== 200) throw new UnexpectedResponseError(`get API ${apiId}`, response);
        const body = (jsonBody(response) ?? {}) as { id?: unknown; name?: unknown; auth_strategies?: unknown };
        return {
            id: String(body.id ?? apiId),
            name: String(body.name ?? apiId),
            authStrategyIds: Array.isArray(body.auth_strategies)
                ? body.auth_strategies.map((s) => String(s.id))
                : undefined,
        };
    }

    /** `POST /api/v3/applications/{id}/registrations`. */
    async register(applicationId: string, apiId: string): Promise<Registration> {
        const response = await this.call(
            "POST",
            `/api/v3/applications/${encodeURIComponent(applicationId)}/registrations`,
            { api_id: apiId },
        );
        if (response.status !== 201) throw new UnexpectedResponseError(`register for API ${apiId}`, response);
        return registration(response);
    }

    /** `GET /api/v3/applications/{id}/registrations/{registrationId}`. */
    async getRegistration(applicationId: string, registrationId: string): Promise<Registration> {
        const path = `/api/v3/applications/${encodeURIComponent(applicationId)}/registrations/${encodeURIComponent(registrationId)}`;
        const response = await this.call("GET", path);
        if (response.status !== 200) throw new UnexpectedResponseError("get registration", response);
        return registration(response);
    }

    private async call(method: string, path: string, json?: unknown): Promise<HttpResponse> {
        if (this.cookie === undefined) await this.signIn();
        const send = () =>
            this.http.send(method, `${this.baseUrl}${path}`, { headers: { cookie: this.cookie! }, json });
        const response = await send();
        if (response.status !== 401) return response;
        await this.signIn();
        return send();
    }
}

function registration(response: HttpResponse): Registration {
    const body = (jsonBody(response) ?? {}) as { id?: unknown; status?: unknown; api_name?: unknown };
    const status = String(body.status);
    if (!(REGISTRATION_STATUSES as readonly string[]).includes(status) || typeof body.id !== "string") {
        throw new UnexpectedResponseError("registration without an id or known status", response);
    }
    return { id: body.id, status: status as RegistrationStatus, apiName: String(body.api_name ?? "") };
}

/** The `portalaccesstoken` value among the response's Set-Cookie headers. */
export function sessionCookie(headers: Headers): string | undefined {
    for (const line of headers.getSetCookie()) {
        const [pair] = line.split(";");
        const eq = pair.indexOf("=");
        if (eq > 0 && pair.slice(0, eq).trim() === SESSION_COOKIE) {
            const value = pair.slice(eq + 1).trim();
            if (value !== "") return value;
        }
    }
    return undefined;
}
