/**
 * The state every form's server action returns (shared by client components and the action wrapper).
 * `D` is what the action hands back on success (`data`), typed from its body.
 */
export type FormState<D = unknown> = {
  status: "idle" | "success" | "invalid" | "not_found" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed, to refill the form; never passwords. */
  values?: Record<string, string>;
  data?: D;
};

export const idleState: FormState<never> = { status: "idle" };

/**
 * A wrapped action whatever its `data`, for components that only show the outcome and the field errors
 * (a method signature, so an action of any `FormState<D>` fits).
 */
export type AnyFormAction = { action(prev: FormState | undefined, input: FormData): Promise<FormState> }["action"];
