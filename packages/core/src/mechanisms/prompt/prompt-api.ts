import {
  assertPromptArguments,
  ONE_RENDER_PER_ACTION,
  REDIRECT_AND_RENDER,
  type PromptOptions,
} from './prompt-render.js';
import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { defineEffect, effectOf, writtenEffect } from '../../api/effects.js';
import { copyData } from '../../util/copy-data.js';
import type { FlowRule } from '../../simulation/flow-rules.js';
import { redirectTarget } from '../redirect/redirect-effect.js';

export interface PromptApi {
  render(promptId: string, promptOptions?: PromptOptions): void;
}

interface RenderedPrompt {
  id: string;
  fields: Record<string, unknown>;
  vars: Record<string, unknown>;
}

const PROMPT = defineEffect<{ rendered?: RenderedPrompt }>('prompt', () => ({}));

/** Whether this handler call has rendered a prompt (a redirect then aborts: reference A.3). */
export function hasRenderedPrompt(context: ApiContext): boolean {
  return writtenEffect(context, PROMPT)?.rendered !== undefined;
}

/** `api.prompt.render`: the runtime's checks in the runtime's order (reference A.3). */
export function promptApi(context: ApiContext): PromptApi {
  return {
    render(...args: [promptId: string, promptOptions?: PromptOptions]): void {
      return recordedCall(context, 'prompt.render', args, render);
    },
  };
}

function render(context: ApiContext, promptId: string, promptOptions?: PromptOptions): void {
  if (redirectTarget(context) !== undefined) throw new Error(REDIRECT_AND_RENDER);
  if (hasRenderedPrompt(context)) throw new Error(ONE_RENDER_PER_ACTION);
  assertPromptArguments(promptId, promptOptions, context.limits);
  effectOf(context, PROMPT).rendered = {
    id: promptId,
    fields: copyData(promptOptions?.fields ?? {}),
    vars: copyData(promptOptions?.vars ?? {}),
  };
}

/** A rendered prompt suspends the flow until the form is submitted to `/continue`. */
export const promptRule: FlowRule = {
  afterHandler(api) {
    const rendered = writtenEffect(api, PROMPT)?.rendered;
    return rendered ? [{ kind: 'prompt', ...copyData(rendered) }] : undefined;
  },
};
