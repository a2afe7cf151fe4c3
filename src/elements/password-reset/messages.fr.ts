import type { PasswordResetMessageKey } from './messages.js';

/** The French texts of `<emx-password-reset>`, loaded when an element first speaks French. */
export default {
  'password-reset.heading': 'Réinitialiser votre mot de passe',
  'password-reset.intro':
    'Saisissez l’adresse e-mail avec laquelle vous vous connectez. Nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'password-reset.email': 'Adresse e-mail',
  'password-reset.request': 'Envoyer le lien',
  'password-reset.requesting': 'Envoi en cours…',
  'password-reset.back_to_login': 'Retour à la connexion',
  'password-reset.requested_heading': 'Consultez votre boîte de réception',
  'password-reset.requested':
    'Si un compte existe pour {email}, nous avons envoyé à cette adresse un lien pour choisir un nouveau mot de passe.',
  'password-reset.requested_hint':
    'L’e-mail peut mettre quelques minutes à arriver. S’il n’arrive pas, veuillez vérifier votre dossier de courrier indésirable ou le renvoyer.',
  'password-reset.send_again': 'Renvoyer le lien',
  'password-reset.sending_again': 'Envoi en cours…',
  'password-reset.sent_again': 'Si un compte existe pour {email}, nous avons envoyé un nouveau lien. Seul le lien le plus récent est valable.',
  'password-reset.other_email': 'Utiliser une autre adresse e-mail',
  'password-reset.new_password_heading': 'Choisissez un nouveau mot de passe',
  'password-reset.new_password': 'Nouveau mot de passe',
  'password-reset.confirmation': 'Confirmer le nouveau mot de passe',
  'password-reset.save': 'Enregistrer le nouveau mot de passe',
  'password-reset.saving': 'Enregistrement…',
  'password-reset.request_new_link': 'Demander un nouveau lien',
  'password-reset.completed_heading': 'Votre mot de passe a été modifié',
  'password-reset.completed': 'Vous pouvez maintenant vous connecter avec votre nouveau mot de passe.',
  'password-reset.sign_in': 'Se connecter',
  'password-reset.not_configured': 'La réinitialisation du mot de passe n’est pas encore disponible sur cette page.',
  'password-reset.error.invalid_token':
    'Ce lien ne peut plus être utilisé : il a expiré, il a déjà été utilisé ou un lien plus récent a été envoyé. Veuillez en demander un nouveau.',
} satisfies Record<PasswordResetMessageKey, string>;
