import { CACHE_OPERATIONS } from '../../util/brand.js';
import type { CacheDeleteResult, CacheRecord, CacheSetOptions, CacheWriteResult } from './cache.js';
import { recordedCall, type ApiContext } from '../../api/api-context.js';

export interface CacheApi {
  get(key: string): CacheRecord | undefined;
  set(key: string, value: string, options?: CacheSetOptions): CacheWriteResult;
  delete(key: string): CacheDeleteResult;
}

/**
 * `api.cache`, the same on every trigger: a view of the flow's shared cache. Results are recorded too, and
 * argument errors name `api.cache.set()` and so on, as every other api method names itself.
 */
export function cacheApi(context: ApiContext): CacheApi {
  return {
    get(...args: [key: string]): CacheRecord | undefined {
      return recordedCall(context, 'cache.get', args, getRecord, 'result');
    },
    set(...args: [key: string, value: string, options?: CacheSetOptions]): CacheWriteResult {
      return recordedCall(context, 'cache.set', args, setRecord, 'result');
    },
    delete(...args: [key: string]): CacheDeleteResult {
      return recordedCall(context, 'cache.delete', args, deleteRecord, 'result');
    },
  };
}

function getRecord(context: ApiContext, key: string): CacheRecord | undefined {
  return context.cache[CACHE_OPERATIONS].get('api.cache.get()', key);
}

function setRecord(context: ApiContext, key: string, value: string, options?: CacheSetOptions): CacheWriteResult {
  return context.cache[CACHE_OPERATIONS].set('api.cache.set()', key, value, options);
}

function deleteRecord(context: ApiContext, key: string): CacheDeleteResult {
  return context.cache[CACHE_OPERATIONS].delete('api.cache.delete()', key);
}
