/**
 * A node:test reporter that writes one JSON line per finished test, with the failure's message: the harness
 * reads it to tell the sentinel's expected failure from any other.
 */
export default async function* nodeTestJson(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, nesting, skip, todo, details } = event.data;
    if (event.data.details?.type === 'suite') continue;
    const error = details?.error;
    const cause = error?.cause ?? error;
    yield `${JSON.stringify({
      type: event.type,
      name,
      nesting,
      skip: Boolean(skip || todo),
      message: cause ? `${cause.message ?? String(cause)}` : undefined,
    })}\n`;
  }
}
