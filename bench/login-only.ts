// The login-only path a shop pays for when it uses nothing but sign-in: bundled with everything it needs.
import '../src/elements/session/emx-session.js';
import '../src/elements/login/emx-login.js';
