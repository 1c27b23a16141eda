'use strict';

/** `api.cache` as a user would hand-roll it: a Map of records with an expiry read from `Date.now()`. */
function mapCache() {
  const store = new Map();
  return {
    get(key) {
      const record = store.get(key);
      return record === undefined || record.expires_at < Date.now() ? undefined : record;
    },
    set(key, value, options = {}) {
      const record = { value, expires_at: Date.now() + (options.ttl ?? 15 * 60 * 1000) };
      store.set(key, record);
      return { type: 'success', record };
    },
    delete(key) {
      return store.delete(key) ? { type: 'success' } : { type: 'error', code: 'CacheKeyDoesNotExist' };
    },
  };
}

module.exports = { mapCache };
