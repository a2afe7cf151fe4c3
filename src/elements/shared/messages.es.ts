import type { SharedMessageKey } from './messages.js';

/** The Spanish texts of every element (field validation, form feedback, server errors), loaded when an element first speaks Spanish. */
export default {
  'field.optional': '(opcional)',
  'field.show_password': 'Mostrar contraseña',
  'field.password_policy_hint':
    '{min, plural, one {Al menos # carácter, incluido un número.} many {Al menos # de caracteres, incluido un número.} other {Al menos # caracteres, incluido un número.}}',
  'field.password_length_hint': '{min, plural, one {Al menos # carácter.} many {Al menos # de caracteres.} other {Al menos # caracteres.}}',
  'form.invalid': 'Corrija los campos marcados.',
  'title.MR': 'Sr.',
  'title.MS': 'Sra.',
  'title.MRS': 'Sra.',
  'title.DR': 'Dr./Dra.',
  'title.PROF': 'Prof./Prof.ª',
  'validation.required': 'Rellene este campo.',
  'validation.required_check': 'Marque esta casilla para continuar.',
  'validation.required_choice': 'Elija al menos una opción.',
  'validation.email': 'Introduzca un correo electrónico como nombre@ejemplo.es.',
  'validation.min_length':
    '{min, plural, one {Introduzca al menos # carácter.} many {Introduzca al menos # de caracteres.} other {Introduzca al menos # caracteres.}}',
  'validation.pattern': 'Utilice el formato indicado.',
  'validation.password_policy':
    '{min, plural, one {Utilice al menos # carácter, incluido un número.} many {Utilice al menos # de caracteres, incluido un número.} other {Utilice al menos # caracteres, incluido un número.}}',
  'validation.mismatch': 'Los dos valores introducidos no coinciden.',
  'validation.rejected': 'Este valor no se ha aceptado. Compruébelo, por favor.',
  'validation.missing_value': 'Rellene este campo.',
  'validation.invalid_format': 'Compruebe el formato de este dato.',
  'validation.password_too_weak': 'Esta contraseña es demasiado débil. Elija una más larga que incluya un número.',
  'error.invalid_credentials': 'El correo electrónico o la contraseña no son correctos.',
  'error.account_inactive': 'Su cuenta está pendiente de activación. Podrá iniciar sesión en cuanto se haya activado.',
  'error.account_on_hold': 'Su cuenta está suspendida. Póngase en contacto con el servicio de atención al cliente.',
  'error.account_locked': 'Su cuenta se ha bloqueado tras demasiados intentos fallidos. Vuelva a intentarlo más tarde o restablezca su contraseña.',
  'error.optin_pending': 'Primero confirme su correo electrónico mediante el enlace del mensaje que le hemos enviado.',
  'error.conflict_resource': 'Ya existe una cuenta con este correo electrónico.',
  'error.invalid_token': 'Este enlace no es válido o ha caducado. Solicite uno nuevo.',
  'error.validation_failure': 'No se han aceptado algunos datos. Revise el formulario.',
  'error.network': 'No hemos podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
  'error.timeout': 'El servidor ha tardado demasiado en responder. Vuelva a intentarlo.',
  'error.server': 'Algo ha fallado por nuestra parte. Vuelva a intentarlo en un momento.',
  'error.rate_limited': 'Demasiados intentos. Espere un momento y vuelva a intentarlo.',
  'error.rate_limited_wait':
    '{seconds, plural, one {Demasiados intentos. Espere # segundo y vuelva a intentarlo.} many {Demasiados intentos. Espere # de segundos y vuelva a intentarlo.} other {Demasiados intentos. Espere # segundos y vuelva a intentarlo.}}',
  'error.rate_limited_wait_minutes':
    '{minutes, plural, one {Demasiados intentos. Espere # minuto y vuelva a intentarlo.} many {Demasiados intentos. Espere # de minutos y vuelva a intentarlo.} other {Demasiados intentos. Espere # minutos y vuelva a intentarlo.}}',
  'error.rate_limited_later': 'Demasiados intentos. Vuelva a intentarlo más tarde.',
  'error.deadline':
    'Esto está tardando mucho más de lo normal, así que hemos dejado de esperar. Los datos que ha introducido se conservan: vuelva a intentarlo.',
  'error.session_expired': 'Su sesión ha caducado. Vuelva a iniciar sesión.',
  'error.forbidden': 'Su cuenta no tiene permiso para realizar esta acción. Póngase en contacto con la tienda si cree que debería tenerlo.',
  'error.not_configured': 'Este servicio aún no está disponible en esta página.',
  'error.unknown': 'Algo ha fallado. Vuelva a intentarlo.',
} satisfies Record<SharedMessageKey, string>;
