export { loadAction, type ActionModule, type LoadActionOptions } from './load-action.js';
export { loadTenant, type LoadTenantOptions, type Tenant, type TenantAction } from './load-tenant.js';
export type { ModuleSpec } from './action-modules.js';
