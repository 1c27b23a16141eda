/**
 * A CloudEvent (specversion 1.0) as Auth0's Event Streams deliver it (reference E.10). `type` is one of the event
 * catalog's: `user.created`, `user.updated`, `user.deleted`, `organization.*`, `group.*`.
 */
export interface EventStreamMessage {
  /** `evt_` and 22 letters or digits. */
  id: string;
  type: string;
  /** `urn:auth0:<tenant domain>`. */
  source: string;
  specversion: string;
  /** RFC 3339. */
  time?: string | null;
  /**
   * `{ object, previous_object?, context? }`: the entity after the change, before it, and where the change came from.
   */
  // `any` as Auth0's event schema has it: the entity's shape depends on the event type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: { [key: string]: any } | null;
  /** The tenant's name. */
  a0tenant: string;
  /** `est_` and 22 letters or digits; absent when read back through the Events API. */
  a0stream?: string;
  /** Set only on special deliveries, such as the dashboard's test events. */
  a0purpose?: 'test';
}

/** The `event` of the Event Stream trigger (`@auth0/actions/event-stream/v1`): nothing but the message. */
export interface EventStreamEvent {
  secrets: Record<string, string>;
  configuration: Record<string, never>;
  message: EventStreamMessage;
}
