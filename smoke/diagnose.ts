/**
 * Turns a refused route call into its most likely causes, most specific first.
 *
 * Pure: it only sees what the run already learned (registration state, the strategy's auth methods, the
 * token's claim problems, what the issuer said) and the gateway's answer. Kong's OpenID Connect plugin
 * answers 401 when it cannot authenticate the credentials (token refused, wrong audience or issuer) and
 * 403 when it authenticated them but the consumer claim maps to no application with access to the API.
 */
import { AuthCheck } from "./settings";

/** What the run knows about the application's registration for the API behind the route. */
export type RegistrationState = "not-configured" | "failed" | "approved" | "pending" | "rejected" | "revoked";

export interface RouteRefusal {
    readonly check: AuthCheck;
    readonly status: number;
    /** The gateway's `WWW-Authenticate` header, if any. */
    readonly wwwAuthenticate?: string;
    /** `Location` of a redirect answer. */
    readonly location?: string;
    readonly registration: RegistrationState;
    /** `auth_methods` of the application's strategy, as the portal reported them. */
    readonly authMethods: readonly string[];
    /** What `claimProblems` found in the token the issuer gave this application. */
    readonly claimProblems: readonly string[];
    /** Why the issuer refused a token to these credentials, when it did. */
    readonly tokenError?: string;
    readonly authStrategyId: string;
    readonly audience: string;
}

/** The `auth_methods` entry each check needs. */
const REQUIRED_METHOD: Readonly<Record<AuthCheck, string>> = { basic: "client_credentials", bearer: "bearer" };

/** Likely causes of a refused route call, most specific first. */
export function diagnoseRouteRefusal(r: RouteRefusal): string[] {
    if (r.status >= 300 && r.status < 400) {
        return [
            `redirected to ${r.location ?? "a login page"}: the route asks for a browser login, so its strategy does not take ${r.check} credentials`,
        ];
    }
    if (r.status === 404)
        return ["no route matches --route-url: check the URL, or the gateway has not synced the route"];
    if (r.status >= 500) return ["the gateway or the upstream service failed: see the gateway's logs"];

    const causes: string[] = [];
    const registration = registrationCause(r.registration);
    if (registration) causes.push(registration);
    const method = REQUIRED_METHOD[r.check];
    if (r.authMethods.length > 0 && !r.authMethods.includes(method)) {
        causes.push(
            `strategy does not allow ${r.check}: its auth_methods are ${JSON.stringify(r.authMethods)}, without ${method}`,
        );
    }
    causes.push(...r.claimProblems);
    if (r.tokenError && r.check === "basic") {
        causes.push(
            `the issuer refused these credentials (${r.tokenError}); the gateway's own exchange fails the same way`,
        );
    }
    if (causes.length === 0) causes.push(...unobservedCauses(r));
    const said = gatewayError(r.wwwAuthenticate);
    if (said) causes.push(`the gateway said: ${said}`);
    return causes;
}

/** When nothing the run observed explains the refusal: what it cannot see from here. */
function unobservedCauses(r: RouteRefusal): string[] {
    const causes: string[] = [];
    if (r.status === 401) {
        causes.push(
            `wrong audience: the route's strategy may request or expect another audience than ${r.audience} (token_post_args / audience check)`,
        );
    } else if (r.status === 403) {
        causes.push(
            "claim not azp: the strategy's credential_claim may not be azp, so the gateway cannot map the token to the application",
        );
    }
    causes.push(
        `strategy not bound: the API behind the route may be published with another auth strategy than ${r.authStrategyId}`,
    );
    causes.push("the gateway may not have the new application yet (data-plane sync): raise --route-timeout");
    return causes;
}

function registrationCause(state: RegistrationState): string | undefined {
    switch (state) {
        case "not-configured":
            return "unregistered application: no --api-id / SMOKE_API_ID was given, so the application is not registered for the API behind the route";
        case "failed":
            return "unregistered application: the registration step failed";
        case "pending":
            return "registration pending: approve it in Konnect, or enable auto-approve on the API's publication";
        case "rejected":
        case "revoked":
            return `registration ${state}: the application may not use the API`;
        case "approved":
            return undefined;
    }
}

/** `error_description` (or `error`) from a `WWW-Authenticate: Bearer ...` header. */
export function gatewayError(header: string | undefined): string | undefined {
    if (!header) return undefined;
    const param = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(header)?.[1];
    const error = param("error");
    const description = param("error_description");
    if (!error && !description) return undefined;
    return [error, description].filter(Boolean).join(": ");
}
