import type { FieldValue } from './form-controller.js';
import type { MessageRef } from './localize.js';
import type { SharedMessageKey } from './messages.js';

/** What a new password must have; the shop sets it to match its Emporix tenant's configuration. */
export interface PasswordPolicy {
  readonly minLength: number;
  readonly requireDigit: boolean;
}

/** The policy of the Emporix default configuration: eight characters with a digit. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = Object.freeze({ minLength: 8, requireDigit: true });

/**
 * The problem with a new password under `policy`, for a field's `validate` (the shop may change
 * the policy at run time). An empty value is left to `required`.
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
