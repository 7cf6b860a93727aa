// Global test setup: prepared by the Temporal test harness (packages/temporal).
export default async function setup(): Promise<void> {}
