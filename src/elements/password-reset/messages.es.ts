import type { PasswordResetMessageKey } from './messages.js';

/** The Spanish texts of `<emx-password-reset>`, loaded when an element first speaks Spanish. */
export default {
  'password-reset.heading': 'Restablecer la contraseña',
  'password-reset.intro': 'Introduzca el correo electrónico con el que inicia sesión. Le enviaremos un enlace para elegir una nueva contraseña.',
  'password-reset.email': 'Correo electrónico',
  'password-reset.request': 'Enviar enlace',
  'password-reset.requesting': 'Enviando…',
  'password-reset.back_to_login': 'Volver al inicio de sesión',
  'password-reset.requested_heading': 'Revise su bandeja de entrada',
  'password-reset.requested':
    'Si existe una cuenta para {email}, hemos enviado a esa dirección un enlace para elegir una nueva contraseña.',
  'password-reset.requested_hint':
    'El mensaje puede tardar unos minutos en llegar. Si no llega, revise su carpeta de correo no deseado o vuelva a enviarlo.',
  'password-reset.send_again': 'Volver a enviar el enlace',
  'password-reset.sending_again': 'Enviando…',
  'password-reset.sent_again': 'Si existe una cuenta para {email}, hemos enviado un nuevo enlace. Solo funciona el enlace más reciente.',
  'password-reset.other_email': 'Usar otro correo electrónico',
  'password-reset.new_password_heading': 'Elija una nueva contraseña',
  'password-reset.new_password': 'Nueva contraseña',
  'password-reset.confirmation': 'Repita la nueva contraseña',
  'password-reset.save': 'Guardar la nueva contraseña',
  'password-reset.saving': 'Guardando…',
  'password-reset.request_new_link': 'Solicitar un nuevo enlace',
  'password-reset.completed_heading': 'Su contraseña se ha cambiado',
  'password-reset.completed': 'Ya puede iniciar sesión con su nueva contraseña.',
  'password-reset.sign_in': 'Iniciar sesión',
  'password-reset.not_configured': 'El restablecimiento de contraseña aún no está disponible en esta página.',
  'password-reset.error.invalid_token':
    'Este enlace ya no se puede utilizar: ha caducado, ya se ha utilizado o se ha enviado un enlace más reciente. Solicite uno nuevo.',
} satisfies Record<PasswordResetMessageKey, string>;
