import type { LoginMessageKey } from './messages.js';

/** The Portuguese texts of `<emx-login>`, loaded when an element first speaks Portuguese. */
export default {
  'login.heading': 'Iniciar sessão',
  'login.email': 'Endereço de e-mail',
  'login.password': 'Palavra-passe',
  'login.submit': 'Iniciar sessão',
  'login.submitting': 'A iniciar sessão…',
  'login.forgot_password': 'Esqueceu-se da palavra-passe?',
  'login.create_account': 'Criar conta',
  'login.resend_activation': 'Reenviar o e-mail de ativação',
  'login.resending_activation': 'A enviar…',
  'login.activation_resent': 'Enviámos um novo e-mail de ativação para {email}.',
  'login.signed_in_as': 'Sessão iniciada como {name}',
  'login.company': 'Compras para {company}',
  'login.sign_out': 'Terminar sessão',
  'login.signing_out': 'A terminar sessão…',
  'login.not_configured': 'O início de sessão ainda não está disponível nesta página.',
  'login.social.continue_with': 'Continuar com {provider}',
  'login.social.connecting': 'A estabelecer ligação com {provider}…',
  'login.social.completing': 'A iniciar a sua sessão…',
  'login.social.dismiss': 'Fechar mensagem',
  'login.social.error.cancelled': 'O início de sessão foi cancelado. Pode tentar novamente ou iniciar sessão com o seu endereço de e-mail.',
  'login.social.error.state_mismatch': 'O link de início de sessão expirou ou já foi utilizado. Tente novamente.',
  'login.social.error.expired': 'O link de início de sessão expirou ou já foi utilizado. Tente novamente.',
  'login.social.error.provider_error':
    'O serviço de início de sessão recusou o pedido. Tente novamente ou inicie sessão com o seu endereço de e-mail.',
  'login.social.error.emporix_refused':
    'A loja não conseguiu confirmar o seu início de sessão. Tente novamente ou inicie sessão com o seu endereço de e-mail.',
  'login.social.error.missing_verifier': 'Não é possível concluir este início de sessão neste separador do navegador. Comece novamente aqui.',
  'login.social.error.network': 'Não foi possível contactar o serviço de início de sessão. Verifique a sua ligação e tente novamente.',
  'login.social.error.insecure_provider':
    'Este serviço de início de sessão não está configurado de forma segura, por isso não avançámos com o início de sessão. Inicie sessão com o seu endereço de e-mail.',
} satisfies Record<LoginMessageKey, string>;
