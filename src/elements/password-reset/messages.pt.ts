import type { PasswordResetMessageKey } from './messages.js';

/** The Portuguese texts of `<emx-password-reset>`, loaded when an element first speaks Portuguese. */
export default {
  'password-reset.heading': 'Redefinir a palavra-passe',
  'password-reset.intro': 'Introduza o endereço de e-mail com que inicia sessão. Enviar-lhe-emos um link para escolher uma nova palavra-passe.',
  'password-reset.email': 'Endereço de e-mail',
  'password-reset.request': 'Enviar link',
  'password-reset.requesting': 'A enviar…',
  'password-reset.back_to_login': 'Voltar ao início de sessão',
  'password-reset.requested_heading': 'Consulte a sua caixa de entrada',
  'password-reset.requested': 'Se existir uma conta para {email}, enviámos para esse endereço um link para escolher uma nova palavra-passe.',
  'password-reset.requested_hint':
    'O e-mail pode demorar alguns minutos a chegar. Se não chegar, verifique a pasta de spam ou envie-o novamente.',
  'password-reset.send_again': 'Reenviar o link',
  'password-reset.sending_again': 'A enviar…',
  'password-reset.sent_again': 'Se existir uma conta para {email}, enviámos um novo link. Só o link mais recente funciona.',
  'password-reset.other_email': 'Utilizar outro endereço de e-mail',
  'password-reset.new_password_heading': 'Escolha uma nova palavra-passe',
  'password-reset.new_password': 'Nova palavra-passe',
  'password-reset.confirmation': 'Repita a nova palavra-passe',
  'password-reset.save': 'Guardar a nova palavra-passe',
  'password-reset.saving': 'A guardar…',
  'password-reset.request_new_link': 'Pedir um novo link',
  'password-reset.completed_heading': 'A sua palavra-passe foi alterada',
  'password-reset.completed': 'Já pode iniciar sessão com a sua nova palavra-passe.',
  'password-reset.sign_in': 'Iniciar sessão',
  'password-reset.not_configured': 'A redefinição da palavra-passe ainda não está disponível nesta página.',
  'password-reset.error.invalid_token':
    'Este link já não pode ser utilizado: expirou, já foi utilizado ou foi enviado um link mais recente. Peça um novo.',
} satisfies Record<PasswordResetMessageKey, string>;
