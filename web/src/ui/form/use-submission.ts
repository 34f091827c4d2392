import { useState } from 'react';
import { type FieldErrors, fieldErrorsOf, noFieldErrors } from './field-errors';

/** Any client's answer: the value, or why not (ARCHITECTURE.md §3). */
type Answer<Value, Failure> = { ok: true; value: Value } | { ok: false; failure: Failure };

/**
 * The state every form keeps around a write: whether it is on its way, what to say about the
 * whole form, and each field's error from the API's 400. `send` ignores a second press while
 * the first is on its way and resolves to the value, or to undefined when refused.
 */
export function useSubmission() {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(noFieldErrors);

  async function send<Value, Failure extends Parameters<typeof fieldErrorsOf>[0]>(
    write: () => Promise<Answer<Value, Failure>>,
    explain: (failure: Failure) => string,
  ): Promise<Value | undefined> {
    if (pending) return undefined;
    setPending(true);
    const answer = await write();
    setPending(false);
    if (!answer.ok) {
      setErrors(fieldErrorsOf(answer.failure));
      setProblem(explain(answer.failure));
      return undefined;
    }
    setErrors(noFieldErrors);
    setProblem(null);
    return answer.value;
  }

  /** The page's own objection, before anything is sent. */
  function refuse(text: string) {
    setErrors(noFieldErrors);
    setProblem(text);
  }

  return { pending, problem, errors, send, refuse };
}
