/**
 * Pre User Registration: refuses signups from disposable email domains, requires the full name the signup form
 * asks for (a custom `ulp-full-name` field), and gives every new user a plan: `enterprise` for the domains the
 * application lists in its metadata, otherwise a 14-day trial.
 */
const DISPOSABLE_DOMAINS = ['mailinator.com', 'guerrillamail.com', 'yopmail.com', '10minutemail.com'];
const TRIAL_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

function domainOf(email) {
  return (email ?? '').split('@')[1]?.toLowerCase() ?? '';
}

exports.onExecutePreUserRegistration = async (event, api) => {
  const domain = domainOf(event.user.email);
  if (DISPOSABLE_DOMAINS.includes(domain)) {
    api.access.deny(`disposable email domain: ${domain}`, 'Please sign up with a permanent email address.');
    return;
  }

  const fullName = event.request.body['ulp-full-name'];
  if (typeof fullName !== 'string' || fullName.trim() === '') {
    api.validation.error('missing_full_name', 'Please enter your full name.');
    return;
  }

  const enterpriseDomains = (event.client?.metadata.enterprise_domains ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  api.user.setUserMetadata('full_name', fullName.trim());
  if (enterpriseDomains.includes(domain)) {
    api.user.setAppMetadata('plan', 'enterprise');
  } else {
    api.user
      .setAppMetadata('plan', 'trial')
      .user.setAppMetadata('trial_ends_at', new Date(Date.now() + TRIAL_DAYS * DAY_MS).toISOString());
  }
};
