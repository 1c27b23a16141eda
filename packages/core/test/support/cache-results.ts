/** The shapes `cache.set` and `cache.delete` return, for `toEqual`. */
export function success(value: string, expiresAt: number) {
  return { type: 'success', record: { value, expires_at: expiresAt } };
}

export function error(code: string) {
  return { type: 'error', code };
}
