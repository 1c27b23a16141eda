import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BREAKS } from './breakages.mjs';
import { CELLS } from './matrix.mjs';
import { breakAndRepack, prepare } from './prepare.mjs';
import { redIds, runMatrix } from './run-matrix.mjs';
import { repack } from './workspace.mjs';

/**
 * One baseline run, then one run per preset. A preset passes when the rows it turns red (red now, green in the
 * baseline) are exactly the rows it names. A row already red in the baseline cannot show the damage, so it is
 * listed apart: the verification is only complete once the baseline is all green.
 */
export async function verifyBreaks(cells, names, ctx) {
  for (const name of names) if (!BREAKS[name]) throw new Error(`unknown break preset ${name}; see --list-breaks`);
  const selected = new Set(cells.map((cell) => cell.id));
  const isCell = (id) => CELLS.some((cell) => cell.id === id);
  const prepared = await prepare(ctx, { build: ctx.build });
  const baseline = new Set(redIds(await runMatrix(prepared, cells, ctx)));
  ctx.log(`baseline: red ${[...baseline].join(', ') || '(none)'}`);
  const rows = [];
  for (const name of names) {
    const observed = await redWhenBroken(prepared, name, cells, ctx);
    const turnedRed = observed.filter((id) => !baseline.has(id));
    const expected = BREAKS[name].red
      .flatMap((id) => [
        id,
        ...(BREAKS[name].typesOnly ? [] : CELLS.filter((cell) => cell.id.startsWith(`${id}@`)).map((cell) => cell.id)),
      ])
      .filter((id) => !isCell(id) || selected.has(id));
    const unexpected = turnedRed.filter((id) => !expected.includes(id));
    const missed = expected.filter((id) => !observed.includes(id));
    const hidden = expected.filter((id) => baseline.has(id));
    rows.push({ name, turnedRed, unexpected, missed, hidden });
    ctx.log(
      `${name}: turned red ${turnedRed.join(', ') || '(nothing)'}${unexpected.length || missed.length ? ` -- unexpected: ${unexpected.join(', ') || '-'}; stayed green: ${missed.join(', ') || '-'}` : ' (as expected)'}`,
    );
  }
  console.log('\n| break | turned red | as expected | already red in the baseline |\n|---|---|---|---|');
  for (const row of rows) {
    const verdict =
      row.unexpected.length || row.missed.length
        ? `no (unexpected: ${row.unexpected.join(', ') || '-'}; stayed green: ${row.missed.join(', ') || '-'})`
        : 'yes';
    console.log(`| ${row.name} | ${row.turnedRed.join(', ') || '-'} | ${verdict} | ${row.hidden.join(', ') || '-'} |`);
  }
  return rows.every((row) => row.unexpected.length === 0 && row.missed.length === 0);
}

/**
 * Restores every tarball from the copy packed at the start (so the dist others may be rebuilding meanwhile is
 * never read again), applies one breakage, runs the matrix: the ids of the red rows.
 */
async function redWhenBroken(prepared, spec, cells, ctx) {
  const { workDir } = ctx;
  const pristine = join(workDir, 'pristine');
  if (!existsSync(pristine)) cpSync(join(workDir, 'unpacked'), pristine, { recursive: true });
  rmSync(join(workDir, 'unpacked'), { recursive: true, force: true });
  cpSync(pristine, join(workDir, 'unpacked'), { recursive: true });
  for (const entry of Object.values(prepared.packed)) await repack(entry);
  await breakAndRepack(prepared, spec, ctx);
  return redIds(await runMatrix(prepared, cells, ctx));
}

/** Every leaf of every package's `exports` (conditions included), as `--break` specs. */
function exportLeaves(packed) {
  const specs = [];
  const walk = (short, subpath, value, conditions) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(short, subpath, inner, [...conditions, key]);
    } else {
      specs.push(`${short}:exports:${[subpath, ...conditions].join('#')}`);
    }
  };
  for (const entry of Object.values(packed)) {
    const exportsField = JSON.parse(readFileSync(join(entry.unpacked, 'package.json'), 'utf8')).exports ?? {};
    for (const [subpath, value] of Object.entries(exportsField))
      if (subpath !== './package.json') walk(entry.short, subpath, value, []);
  }
  return specs;
}

/**
 * Removes each `exports` leaf in turn and reports which rows turn red: the map of what the matrix covers. A leaf
 * that turns no runner cell red is a claim no consumer exercises.
 */
export async function mapExports(cells, ctx) {
  const prepared = await prepare(ctx, { build: ctx.build });
  const baseline = new Set(redIds(await runMatrix(prepared, cells, ctx)));
  ctx.log(`baseline: red ${[...baseline].join(', ') || '(none)'}`);
  const rows = [];
  for (const spec of exportLeaves(prepared.packed)) {
    const turnedRed = (await redWhenBroken(prepared, spec, cells, ctx)).filter((id) => !baseline.has(id));
    rows.push({ spec, turnedRed });
    ctx.log(`${spec}: turned red ${turnedRed.join(', ') || '(nothing)'}`);
  }
  console.log('\n| removed exports leaf | rows that turned red |\n|---|---|');
  for (const row of rows) console.log(`| \`${row.spec}\` | ${row.turnedRed.join(', ') || '-'} |`);
  return true;
}
