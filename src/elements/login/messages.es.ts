import type { LoginMessageKey } from './messages.js';

/** The Spanish texts of `<emx-login>`, loaded when an element first speaks Spanish. */
export default {
  'login.heading': 'Iniciar sesión',
  'login.email': 'Correo electrónico',
  'login.password': 'Contraseña',
  'login.submit': 'Iniciar sesión',
  'login.submitting': 'Iniciando sesión…',
  'login.forgot_password': '¿Ha olvidado su contraseña?',
  'login.create_account': 'Crear una cuenta',
  'login.resend_activation': 'Reenviar el correo de activación',
  'login.resending_activation': 'Enviando…',
  'login.activation_resent': 'Hemos enviado un nuevo correo de activación a {email}.',
  'login.signed_in_as': 'Sesión iniciada como {name}',
  'login.company': 'Compras para {company}',
  'login.sign_out': 'Cerrar sesión',
  'login.signing_out': 'Cerrando sesión…',
  'login.not_configured': 'El inicio de sesión aún no está disponible en esta página.',
  'login.social.continue_with': 'Continuar con {provider}',
  'login.social.connecting': 'Conectando con {provider}…',
  'login.social.completing': 'Iniciando sesión…',
  'login.social.dismiss': 'Cerrar mensaje',
  'login.social.error.cancelled': 'Se ha cancelado el inicio de sesión. Puede volver a intentarlo o iniciar sesión con su correo electrónico.',
  'login.social.error.state_mismatch': 'El enlace de inicio de sesión ha caducado o ya se ha utilizado. Vuelva a intentarlo.',
  'login.social.error.expired': 'El enlace de inicio de sesión ha caducado o ya se ha utilizado. Vuelva a intentarlo.',
  'login.social.error.provider_error':
    'El servicio de inicio de sesión ha rechazado el inicio de sesión. Vuelva a intentarlo o inicie sesión con su correo electrónico.',
  'login.social.error.emporix_refused':
    'La tienda no ha podido confirmar su inicio de sesión. Vuelva a intentarlo o inicie sesión con su correo electrónico.',
  'login.social.error.missing_verifier': 'Este inicio de sesión no se puede completar en esta pestaña del navegador. Vuelva a empezarlo aquí.',
  'login.social.error.network': 'No hemos podido conectar con el servicio de inicio de sesión. Compruebe su conexión y vuelva a intentarlo.',
  'login.social.error.insecure_provider':
    'Este servicio de inicio de sesión no está configurado de forma segura, por lo que no se ha iniciado el proceso. Inicie sesión con su correo electrónico.',
} satisfies Record<LoginMessageKey, string>;
