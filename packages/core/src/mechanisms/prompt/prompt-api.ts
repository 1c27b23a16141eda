import { assertPromptArguments, ONE_RENDER_PER_ACTION, REDIRECT_AND_RENDER, type PromptOptions } from './prompt-render.js';
import { recordedCall, type ApiContext } from '../../api/api-context.js';
import { copyData } from '../../util/copy-data.js';

export interface PromptApi {
  render(promptId: string, promptOptions?: PromptOptions): void;
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
  if (context.effects.redirect !== undefined) throw new Error(REDIRECT_AND_RENDER);
  if (context.effects.prompt) throw new Error(ONE_RENDER_PER_ACTION);
  assertPromptArguments(promptId, promptOptions, context.promptLimits);
  context.effects.prompt = {
    id: promptId,
    fields: copyData(promptOptions?.fields ?? {}),
    vars: copyData(promptOptions?.vars ?? {}),
  };
}
