import type { SharedMessageKey } from './messages.js';

/** The French texts of every element (field validation, form feedback, server errors), loaded when an element first speaks French. */
export default {
  'field.optional': '(facultatif)',
  'field.show_password': 'Afficher le mot de passe',
  'field.password_policy_hint':
    '{min, plural, one {Au moins # caractère, dont un chiffre.} many {Au moins # de caractères, dont un chiffre.} other {Au moins # caractères, dont un chiffre.}}',
  'field.password_length_hint': '{min, plural, one {Au moins # caractère.} many {Au moins # de caractères.} other {Au moins # caractères.}}',
  'form.invalid': 'Veuillez corriger les champs signalés.',
  'title.MR': 'M.',
  'title.MS': 'Mme',
  'title.MRS': 'Mme',
  'title.DR': 'Dr',
  'title.PROF': 'Pr',
  'validation.required': 'Veuillez remplir ce champ.',
  'validation.required_check': 'Veuillez cocher cette case pour continuer.',
  'validation.required_choice': 'Veuillez choisir au moins une option.',
  'validation.email': 'Veuillez saisir une adresse e-mail du type nom@exemple.fr.',
  'validation.min_length':
    '{min, plural, one {Veuillez saisir au moins # caractère.} many {Veuillez saisir au moins # de caractères.} other {Veuillez saisir au moins # caractères.}}',
  'validation.pattern': 'Veuillez respecter le format indiqué.',
  'validation.password_policy':
    '{min, plural, one {Veuillez utiliser au moins # caractère, dont un chiffre.} many {Veuillez utiliser au moins # de caractères, dont un chiffre.} other {Veuillez utiliser au moins # caractères, dont un chiffre.}}',
  'validation.mismatch': 'Les deux saisies ne correspondent pas.',
  'validation.rejected': 'Cette valeur n’a pas été acceptée. Veuillez la vérifier.',
  'validation.missing_value': 'Veuillez remplir ce champ.',
  'validation.invalid_format': 'Veuillez vérifier le format de cette saisie.',
  'validation.password_too_weak': 'Ce mot de passe est trop faible. Veuillez en choisir un plus long, comprenant un chiffre.',
  'error.invalid_credentials': 'L’adresse e-mail ou le mot de passe est incorrect.',
  'error.account_inactive': 'Votre compte est en attente d’activation. Vous pourrez vous connecter dès qu’il aura été activé.',
  'error.account_on_hold': 'Votre compte est suspendu. Veuillez contacter le service client.',
  'error.account_locked':
    'Votre compte a été bloqué après un trop grand nombre de tentatives infructueuses. Veuillez réessayer plus tard ou réinitialiser votre mot de passe.',
  'error.optin_pending': 'Veuillez d’abord confirmer votre adresse e-mail à l’aide du lien figurant dans l’e-mail que nous vous avons envoyé.',
  'error.conflict_resource': 'Un compte existe déjà avec cette adresse e-mail.',
  'error.invalid_token': 'Ce lien n’est pas valide ou a expiré. Veuillez en demander un nouveau.',
  'error.validation_failure': 'Certaines informations n’ont pas été acceptées. Veuillez vérifier le formulaire.',
  'error.network': 'Impossible de joindre le serveur. Veuillez vérifier votre connexion Internet et réessayer.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.',
  'error.server': 'Un problème est survenu de notre côté. Veuillez réessayer dans un instant.',
  'error.rate_limited': 'Trop de tentatives. Veuillez patienter un instant, puis réessayer.',
  'error.rate_limited_wait':
    '{seconds, plural, one {Trop de tentatives. Veuillez patienter # seconde, puis réessayer.} many {Trop de tentatives. Veuillez patienter # de secondes, puis réessayer.} other {Trop de tentatives. Veuillez patienter # secondes, puis réessayer.}}',
  'error.rate_limited_wait_minutes':
    '{minutes, plural, one {Trop de tentatives. Veuillez patienter # minute, puis réessayer.} many {Trop de tentatives. Veuillez patienter # de minutes, puis réessayer.} other {Trop de tentatives. Veuillez patienter # minutes, puis réessayer.}}',
  'error.rate_limited_later': 'Trop de tentatives. Veuillez réessayer plus tard.',
  'error.deadline': 'L’opération prend beaucoup plus de temps que prévu, nous avons donc cessé d’attendre. Vos saisies sont conservées : veuillez réessayer.',
  'error.session_expired': 'Votre session a expiré. Veuillez vous reconnecter.',
  'error.forbidden': 'Votre compte n’est pas autorisé à effectuer cette action. Veuillez contacter la boutique si vous pensez qu’il devrait l’être.',
  'error.not_configured': 'Ce service n’est pas encore disponible sur cette page.',
  'error.unknown': 'Une erreur est survenue. Veuillez réessayer.',
} satisfies Record<SharedMessageKey, string>;
