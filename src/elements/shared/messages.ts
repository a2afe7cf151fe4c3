import { defineMessages, type MessagesModule } from './localize.js';

/**
 * Texts every element uses: field validation, form feedback and one message per server error
 * code or failure kind (`error.<code>`), so a shop can retranslate any failure by its code.
 */
export const sharedMessages = defineMessages({
  en: {
    'field.optional': '(optional)',
    'field.show_password': 'Show password',
    'field.password_policy_hint': '{min, plural, one {At least # character, including a digit.} other {At least # characters, including a digit.}}',
    'field.password_length_hint': '{min, plural, one {At least # character.} other {At least # characters.}}',
    'form.invalid': 'Please correct the marked fields.',
    'title.MR': 'Mr',
    'title.MS': 'Ms',
    'title.MRS': 'Mrs',
    'title.DR': 'Dr',
    'title.PROF': 'Prof.',
    'validation.required': 'Please fill in this field.',
    'validation.required_check': 'Please tick this box to continue.',
    'validation.required_choice': 'Please choose at least one option.',
    'validation.email': 'Please enter an email address like name@example.com.',
    'validation.min_length': '{min, plural, one {Please enter at least # character.} other {Please enter at least # characters.}}',
    'validation.pattern': 'Please use the format shown.',
    'validation.password_policy': '{min, plural, one {Please use at least # character, including a digit.} other {Please use at least # characters, including a digit.}}',
    'validation.mismatch': 'The two entries do not match.',
    'validation.rejected': 'This value was not accepted. Please check it.',
    'validation.missing_value': 'Please fill in this field.',
    'validation.invalid_format': 'Please check the format of this entry.',
    'validation.password_too_weak': 'This password is too weak. Please choose a longer one, including a digit.',
    'error.invalid_credentials': 'The email address or password is not correct.',
    'error.account_inactive': 'Your account is waiting for activation. You can sign in once it has been activated.',
    'error.account_on_hold': 'Your account is on hold. Please contact customer service.',
    'error.account_locked': 'Your account is locked after too many failed attempts. Please try again later or reset your password.',
    'error.optin_pending': 'Please confirm your email address first, using the link in the email we sent you.',
    'error.conflict_resource': 'An account with this email address already exists.',
    'error.invalid_token': 'This link is invalid or has expired. Please request a new one.',
    'error.validation_failure': 'Some details were not accepted. Please check the form.',
    'error.network': 'We could not reach the server. Please check your connection and try again.',
    'error.timeout': 'The server took too long to answer. Please try again.',
    'error.server': 'Something went wrong on our side. Please try again in a moment.',
    'error.rate_limited': 'Too many attempts. Please wait a moment and try again.',
    'error.rate_limited_wait': '{seconds, plural, one {Too many attempts. Please wait # second and try again.} other {Too many attempts. Please wait # seconds and try again.}}',
    'error.rate_limited_wait_minutes': '{minutes, plural, one {Too many attempts. Please wait # minute and try again.} other {Too many attempts. Please wait # minutes and try again.}}',
    'error.rate_limited_later': 'Too many attempts. Please try again later.',
    'error.deadline': 'This is taking far longer than it should, so we stopped waiting. Your entries are still here: please try again.',
    'error.session_expired': 'Your session has expired. Please sign in again.',
    'error.forbidden': 'Your account may not do this. Please contact the shop if you think it should.',
    'error.not_configured': 'This service is not available on this page yet.',
    'error.unknown': 'Something went wrong. Please try again.',
  },
  de: (): MessagesModule => import('./messages.de.js'),
  cs: (): MessagesModule => import('./messages.cs.js'),
  sv: (): MessagesModule => import('./messages.sv.js'),
  da: (): MessagesModule => import('./messages.da.js'),
});

export type SharedMessageKey = keyof typeof sharedMessages.en;
