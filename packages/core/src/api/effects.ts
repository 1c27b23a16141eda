import { objectCreate } from '../util/intrinsics.js';

/**
 * What one handler call asked of the flow, kept by the api part that owns it: a deny part keeps its denials, a
 * redirect part its target, a metadata part its pending writes. A slot is declared once, beside the part that
 * writes it and the flow rule that reads it, so a new namespace adds no field to anything shared.
 */
export interface EffectSlot<T> {
  /** Unique among slots; also how a slot shows when debugging a context. */
  readonly name: string;
  /** The slot's empty value, made on first write. */
  create(): T;
}

/** The effects of one handler call, by slot name. */
export type Effects = Record<string, unknown>;

export function defineEffect<T>(name: string, create: () => T): EffectSlot<T> {
  return { name, create };
}

export function emptyEffects(): Effects {
  return objectCreate(null) as Effects;
}

/** The slot's value for this call, created empty on first use: for the api part that writes it. */
export function effectOf<T>(owner: { readonly effects: Effects }, slot: EffectSlot<T>): T {
  const { effects } = owner;
  if (!(slot.name in effects)) effects[slot.name] = slot.create();
  return effects[slot.name] as T;
}

/** The slot's value, or `undefined` when the call never wrote it: for flow rules, which only read. */
export function writtenEffect<T>(owner: { readonly effects: Effects }, slot: EffectSlot<T>): T | undefined {
  return owner.effects[slot.name] as T | undefined;
}
