/**
 * Disconnects the inspector session Pulumi's closure serializer opened in this test file, if it opened one.
 * The serializer enables the V8 debugger in each copy of the SDK and never disconnects; in a jest worker every
 * later test file's SDK is another copy, so without this the sessions pile up and each of them is sent an
 * event for every script the worker compiles afterwards. Left connected, they were also what made jest report a
 * worker that "failed to exit gracefully" (3 runs of 3 on a loaded machine; none with them disconnected).
 */
afterAll(async () => {
    const hooks = require.resolve("@pulumi/pulumi/runtime/closure/v8Hooks");
    if (!require.cache[hooks]) return;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- already loaded: only reached, never loaded here
    const { getSessionAsync } = require(hooks) as { getSessionAsync(): Promise<{ disconnect(): void }> };
    (await getSessionAsync()).disconnect();
});
