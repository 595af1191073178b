/**
 * A rule the user broke: shown next to `field` (or at the top of the form), nothing saved. The message is
 * a catalogue key (`msg(...)`, lib/i18n/message.ts), put into the reader's language by the action wrapper.
 */
export class ActionError extends Error {
  constructor(
    message: string,
    public readonly field?: string,
  ) {
    super(message);
  }
}

/** A record that does not exist for this organisation: the same answer as one that does not exist at all. */
export class NotFoundError extends ActionError {
  constructor() {
    super("Not found."); // the action wrapper shows errors.notFound
  }
}
