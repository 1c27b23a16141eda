/** The files of core's CommonJS build that Jest's own module registry holds for this test file. */
export function coreFilesInJestRegistry(): string[] {
  return Object.keys(require.cache)
    .filter((file) => /[\\/]core[\\/]dist[\\/]/.test(file))
    .map((file) => file.replace(/.*[\\/]dist[\\/]/, ''))
    .sort();
}
