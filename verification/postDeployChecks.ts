/**
 * The checks run after the DCR settings change: Konnect's own verification of the DCR provider (it
 * exercises the Auth0 admin app's credentials against the Management API), and the issuer's OIDC
 * discovery document, whose `issuer` must be the one Konnect was given.
 *
 * The Konnect call and `fetch` are injected so the checks run against local stand-ins in tests.
 */
import { discoveryUrl, sameIssuer } from "../auth0/domains";
import type { DcrProviderVerification } from "../konnect/client";

/** One check's outcome; `fix` says what to change when it failed. */
export interface CheckResult {
    readonly check: "dcr-provider-verify" | "issuer-discovery";
    readonly ok: boolean;
    readonly detail: string;
    readonly fix?: string;
}

export interface PostDeployCheckInput {
    /** The DCR provider's id. */
    readonly dcrProviderId: string;
    /** The issuer Konnect was given, `https://<domain>` without a trailing slash. */
    readonly issuer: string;
    /** Calls Konnect's verify endpoint for a provider (with retries and clear errors). */
    readonly verifyDcrProvider: (dcrProviderId: string) => Promise<DcrProviderVerification>;
    /** `fetch` for the discovery document. */
    readonly fetch?: typeof fetch;
    /** Time allowed for the discovery request. */
    readonly timeoutMs?: number;
}

/** Judges Konnect's verify answer. */
export function judgeVerifyResponse(response: DcrProviderVerification): CheckResult {
    if (response.status === "success") {
        return { check: "dcr-provider-verify", ok: true, detail: "Konnect verified the DCR provider against Auth0" };
    }
    const errors = response.errors?.length ? response.errors.join("; ") : "no reason given";
    return {
        check: "dcr-provider-verify",
        ok: false,
        detail: `Konnect could not verify the DCR provider (${response.status}): ${errors}`,
        fix:
            "Check that the DCR admin app's grant on the Management API carries the nine DCR scopes, that its client " +
            "secret in Konnect is current (run pulumi up again after a rotation), and that the Auth0 tenant setting " +
            '"OIDC Dynamic Application Registration" is disabled.',
    };
}

/** Judges the issuer's discovery document against the issuer Konnect was given. */
export function judgeDiscovery(issuer: string, status: number, document: unknown): CheckResult {
    const url = discoveryUrl(issuer);
    if (status !== 200) {
        return {
            check: "issuer-discovery",
            ok: false,
            detail: `${url} answered HTTP ${status}`,
            fix: "Check auth0:domain and konnect-auth0-dcr:auth0CustomDomain: the issuer must serve its OIDC discovery document.",
        };
    }
    const discovered =
        typeof document === "object" && document !== null ? (document as { issuer?: unknown }).issuer : undefined;
    if (typeof discovered !== "string") {
        return {
            check: "issuer-discovery",
            ok: false,
            detail: `${url} has no "issuer" field`,
            fix: "The issuer is not an OpenID Connect provider; check auth0:domain.",
        };
    }
    if (!sameIssuer(discovered, issuer)) {
        return {
            check: "issuer-discovery",
            ok: false,
            detail: `the discovery document names issuer "${discovered}", but Konnect was given "${issuer}"`,
            fix:
                "Tokens would carry a different iss than Konnect expects. If the tenant has a custom domain, set " +
                "konnect-auth0-dcr:auth0CustomDomain to it; otherwise unset it so the canonical domain is used.",
        };
    }
    return { check: "issuer-discovery", ok: true, detail: `${url} names issuer "${discovered}"` };
}

/** Runs both checks; never throws for a failed check, only reports it. */
export async function runPostDeployChecks(input: PostDeployCheckInput): Promise<CheckResult[]> {
    const results: CheckResult[] = [];
    try {
        results.push(judgeVerifyResponse(await input.verifyDcrProvider(input.dcrProviderId)));
    } catch (error) {
        results.push({
            check: "dcr-provider-verify",
            ok: false,
            detail: (error as Error).message,
            fix: "See the Konnect error above; check the Konnect token, its roles and konnect-auth0-dcr:konnectServerUrl / konnectRegion.",
        });
    }

    const doFetch = input.fetch ?? fetch;
    try {
        const response = await doFetch(discoveryUrl(input.issuer), {
            headers: { accept: "application/json" },
            signal: AbortSignal.timeout(input.timeoutMs ?? 10_000),
        });
        const body = response.status === 200 ? await response.json().catch(() => undefined) : undefined;
        results.push(judgeDiscovery(input.issuer, response.status, body));
    } catch (error) {
        results.push({
            check: "issuer-discovery",
            ok: false,
            detail: `${discoveryUrl(input.issuer)} could not be fetched: ${(error as Error).message}`,
            fix: "Check auth0:domain / konnect-auth0-dcr:auth0CustomDomain and that the domain resolves from where pulumi up runs.",
        });
    }
    return results;
}

/** One line per check, then what to fix; contains no secrets (none are inputs to the checks). */
export function formatResults(results: readonly CheckResult[]): string {
    const lines = results.map((r) => `${r.ok ? "ok  " : "FAIL"} ${r.check}: ${r.detail}`);
    for (const r of results.filter((x) => !x.ok && x.fix)) {
        lines.push(`fix ${r.check}: ${r.fix}`);
    }
    return lines.join("\n");
}
