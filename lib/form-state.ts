/** The state every form's server action returns (shared by client components and the action wrapper). */
export type FormState = {
  status: "idle" | "success" | "invalid" | "not_found" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed, to refill the form; never passwords. */
  values?: Record<string, string>;
  data?: Record<string, unknown>;
};

export const idleState: FormState = { status: "idle" };

/** A rule the user broke: shown next to `field` (or at the top of the form), nothing saved. */
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
    super("Not found.");
  }
}
