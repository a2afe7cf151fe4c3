import type { FieldValue, PasswordPolicy } from './form-controller.js';
import type { MessageRef } from './localize.js';
import type { SharedMessageKey } from './messages.js';

/**
 * For a new-password field whose policy the shop sets at run time (a field's `validate`; the
 * `passwordPolicy` of a field spec is fixed when the form is made). An empty value is left to
 * `required`.
 */
export function passwordPolicyProblem(password: FieldValue, policy: PasswordPolicy): MessageRef<SharedMessageKey> | undefined {
  if (typeof password !== 'string' || password === '') return undefined;
  if ([...password].length >= policy.minLength && (!policy.requireDigit || /\d/.test(password))) return undefined;
  return { key: policy.requireDigit ? 'validation.password_policy' : 'validation.min_length', params: { min: policy.minLength } };
}

/** The hint under a new-password field that states the policy before anything is typed. */
export function passwordPolicyHint(policy: PasswordPolicy): MessageRef<SharedMessageKey> {
  return { key: policy.requireDigit ? 'field.password_policy_hint' : 'field.password_length_hint', params: { min: policy.minLength } };
}
