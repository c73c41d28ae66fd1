/**
 * Stands in for `node:test` inside jest. Pulumi's closure serializer requires every built-in module once
 * (to recognise captured ones by identity); loading `node:test` starts its test harness, whose reporter
 * scope keeps a jest worker from exiting. Nothing in the project uses `node:test`.
 */
export {};
