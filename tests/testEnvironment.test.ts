/**
 * The jest environment (`tests/support/testEnvironment.js`) saves the SDK's per-file costs without taking
 * anything from the tests: stacks made in test code still point at the TypeScript source, and every file
 * gets the worker's one TypeScript compiler.
 */
import * as ts from "typescript";

// Type-only lines: the transpiled file has none of them, so an unmapped stack would name other line numbers.
interface Shape {
    readonly kind: "circle" | "square";
    readonly size: number;
}
type Sized = Pick<Shape, "size">;

function stackHere(_unused?: Sized): string {
    return new Error("here").stack ?? "";
}

it("maps a stack made in a test file to the TypeScript source line and column", () => {
    const frame = stackHere().split("\n")[1];
    expect(frame).toContain(`${__filename}:16:12`);
});

it("hands every test file the worker's one TypeScript compiler", () => {
    const shared = (globalThis as Record<symbol, typeof ts>)[Symbol.for("konnect-auth0-dcr/typescript")];
    // The import is a namespace copy of the module; its members are the shared module's own.
    expect(typeof ts.createSourceFile).toBe("function");
    expect(ts.createSourceFile).toBe(shared.createSourceFile);
});
