/* global actions -- the runtime's pseudo-global of an Action Module: its own secrets */
// Shared by the sign-up and login Actions. Its secrets are its own: `actions.secrets`, not `event.secrets`.
const DISPOSABLE = ['mailinator.com', 'guerrillamail.com', 'tempmail.dev'];

function domainOf(email) {
  return String(email).split('@')[1]?.toLowerCase() ?? '';
}

module.exports = {
  isDisposable: (email) => DISPOSABLE.includes(domainOf(email)),
  companyOf: (email) => (domainOf(email) === actions.secrets.COMPANY_DOMAIN ? 'Acme' : 'external'),
};
