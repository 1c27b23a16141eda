import type { CacheDeleteResult, CacheRecord, CacheSetOptions, CacheWriteResult } from '../shared/cache.js';
import { defineMethod, type ApiContext } from './api-context.js';

export interface CacheApi {
  get(key: string): CacheRecord | undefined;
  set(key: string, value: string, options?: CacheSetOptions): CacheWriteResult;
  delete(key: string): CacheDeleteResult;
}

/** `api.cache`, the same on every trigger: a view of the flow's shared cache. */
export function cacheApi(context: ApiContext): CacheApi {
  const cache = {} as CacheApi;
  const recordResult = { recordResult: true };
  defineMethod(context, cache, 'cache.get', (key: string) => context.cache.get(key), recordResult);
  defineMethod(context, cache, 'cache.set', (key: string, value: string, options?: CacheSetOptions) => context.cache.set(key, value, options), recordResult);
  defineMethod(context, cache, 'cache.delete', (key: string) => context.cache.delete(key), recordResult);
  return cache;
}
