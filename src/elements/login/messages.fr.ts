import type { LoginMessageKey } from './messages.js';

/** The French texts of `<emx-login>`, loaded when an element first speaks French. */
export default {
  'login.heading': 'Connexion',
  'login.email': 'Adresse e-mail',
  'login.password': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.submitting': 'Connexion en cours…',
  'login.forgot_password': 'Mot de passe oublié ?',
  'login.create_account': 'Créer un compte',
  'login.resend_activation': 'Renvoyer l’e-mail d’activation',
  'login.resending_activation': 'Envoi en cours…',
  'login.activation_resent': 'Nous avons envoyé un nouvel e-mail d’activation à {email}.',
  'login.signed_in_as': 'Connecté en tant que {name}',
  'login.company': 'Achats pour {company}',
  'login.sign_out': 'Se déconnecter',
  'login.signing_out': 'Déconnexion en cours…',
  'login.not_configured': 'La connexion n’est pas encore disponible sur cette page.',
  'login.social.continue_with': 'Continuer avec {provider}',
  'login.social.connecting': 'Connexion à {provider} en cours…',
  'login.social.completing': 'Connexion en cours…',
  'login.social.dismiss': 'Fermer le message',
  'login.social.error.cancelled': 'La connexion a été annulée. Vous pouvez réessayer ou vous connecter avec votre adresse e-mail.',
  'login.social.error.state_mismatch': 'Le lien de connexion a expiré ou a déjà été utilisé. Veuillez réessayer.',
  'login.social.error.expired': 'Le lien de connexion a expiré ou a déjà été utilisé. Veuillez réessayer.',
  'login.social.error.provider_error': 'Le service de connexion a refusé la connexion. Veuillez réessayer ou vous connecter avec votre adresse e-mail.',
  'login.social.error.emporix_refused': 'La boutique n’a pas pu confirmer votre connexion. Veuillez réessayer ou vous connecter avec votre adresse e-mail.',
  'login.social.error.missing_verifier': 'Cette connexion ne peut pas être finalisée dans cet onglet du navigateur. Veuillez la relancer ici.',
  'login.social.error.network': 'Impossible de joindre le service de connexion. Veuillez vérifier votre connexion Internet et réessayer.',
  'login.social.error.insecure_provider':
    'Ce service de connexion n’est pas configuré de manière sécurisée ; la connexion n’a donc pas été lancée. Veuillez vous connecter avec votre adresse e-mail.',
} satisfies Record<LoginMessageKey, string>;
