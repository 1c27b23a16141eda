// What the shared types.ts checks in this cell: the main entry and Jest's global expect (@types/jest).
const globalExpect = expect;
export { globalExpect as expect };
export * from '@auth0-actions-mock/jest';
