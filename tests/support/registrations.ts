/** Small helpers for asserting on what a program or component registered under mocks. */
import * as pulumi from "@pulumi/pulumi";
import { RegisteredResource } from "../../offline/programRunner";

type HasResources = { resources(): RegisteredResource[] } | { resources: RegisteredResource[] };

function list(source: HasResources): RegisteredResource[] {
    return typeof source.resources === "function" ? source.resources() : source.resources;
}

/** All registrations of `type`. */
export function allOfType(source: HasResources, type: string): RegisteredResource[] {
    return list(source).filter((r) => r.type === type);
}

/** The one registration of `type`; fails the test when there is none or more than one. */
export function byType(source: HasResources, type: string): RegisteredResource {
    const found = allOfType(source, type);
    expect(found.map((r) => r.type)).toEqual([type]);
    return found[0];
}

/** The value of an Output, once known. */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise<T>((resolve) => output.apply(resolve));
}
