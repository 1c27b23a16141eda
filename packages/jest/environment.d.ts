// Types for `@auth0-actions-mock/jest/environment`. Jest loads it by name (`testEnvironment`), so these matter only
// to a project that extends it. It is jest-environment-node's class (not imported here: under pnpm, a project
// may not resolve that package), so this declares the part of it a subclass uses.
declare class Auth0ActionsMockEnvironment {
  constructor(config: object, context: object);
  global: typeof globalThis;
  getVmContext(): object | null;
  setup(): Promise<void>;
  teardown(): Promise<void>;
}

export = Auth0ActionsMockEnvironment;
