/**
 * The one copy of `@pulumi/policy` that the pack, the offline plan and the tests share.
 *
 * The engine recognises a read of an unknown value during preview by class (`instanceof
 * UnknownValueError`), so whatever evaluates these policies outside the CLI must use the very module the
 * policies were loaded with. Code outside `policies/` imports the SDK through this file.
 *
 * The two run-time values come from the SDK's `proxy` module, the same file its index re-exports (so the
 * same class), which requires nothing: evaluating a policy then loads neither the pack's gRPC server nor
 * `@pulumi/pulumi` (about 1 s per test file under jest).
 */
import * as sdk from "@pulumi/policy/proxy";

/** The error a read of a value unknown during preview throws. */
export interface UnknownValueErrorInstance extends Error {
    /** The property path that was read, e.g. `["grantTypes"]`. */
    readonly props: string[];
}

// The module exports these two at run time but its type declarations omit them (stripped as internal).
const runtime = sdk as unknown as {
    unknownCheckingProxy<T extends object>(value: T): T;
    UnknownValueError: new (sentinel: unknown, props: string[]) => UnknownValueErrorInstance;
};

/** Wraps props so that reading an unknown (preview) value throws {@link UnknownValueError}. */
export const unknownCheckingProxy: <T extends object>(value: T) => T = runtime.unknownCheckingProxy;

/** Thrown when a policy reads a value that is unknown during preview. */
export const UnknownValueError = runtime.UnknownValueError;

export type {
    EnforcementLevel,
    Policies,
    Policy,
    PolicyPackConfig,
    PolicyResource,
    PolicyResourceOptions,
    ReportViolation,
    ResourceValidation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
