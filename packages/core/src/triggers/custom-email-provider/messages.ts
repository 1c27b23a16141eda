import type { CustomEmailMessageType } from './event-types.js';

/** What an email of each type says (Auth0's default email templates, shortened): its subject and plain text. */
export interface EmailMessage {
  subject: string;
  text: string;
}

/**
 * `name` the tenant's friendly name, `who` the user's given name, `code` a one-time code, `link` the page to act on.
 */
export function emailMessage(
  type: CustomEmailMessageType,
  name: string,
  who: string,
  code: string,
  link: string,
): EmailMessage {
  switch (type) {
    case 'verify_email':
      return {
        subject: 'Verify your email',
        text: `Hi ${who}, thanks for signing up for ${name}. Verify your email address here: ${link}`,
      };
    case 'verify_email_by_code':
      return { subject: 'Verify your email', text: `Hi ${who}, your ${name} email verification code is ${code}.` };
    case 'reset_email':
      return {
        subject: 'Reset your password',
        text: `Hi ${who}, we received a request to reset your ${name} password. Reset it here: ${link}`,
      };
    case 'reset_email_by_code':
      return { subject: 'Reset your password', text: `Hi ${who}, your ${name} password reset code is ${code}.` };
    case 'welcome_email':
      return { subject: `Welcome to ${name}`, text: `Hi ${who}, welcome to ${name}! Your account is ready: ${link}` };
    case 'verification_code':
      return {
        subject: `Your ${name} verification code`,
        text: `Hi ${who}, your code to log in to ${name} is ${code}. It expires in 5 minutes.`,
      };
    case 'mfa_oob_code':
      return {
        subject: `Your ${name} verification code`,
        text: `Hi ${who}, your ${name} multi-factor authentication code is ${code}.`,
      };
    case 'enrollment_email':
      return {
        subject: 'Enroll in multi-factor authentication',
        text: `Hi ${who}, secure your ${name} account with a second factor: ${link}`,
      };
    case 'blocked_account':
      return {
        subject: 'Your account has been blocked',
        text: `Hi ${who}, your ${name} account was blocked after too many failed login attempts. Unblock it here: ${link}`,
      };
    case 'stolen_credentials':
      return {
        subject: 'Your password was found in a data breach',
        text: `Hi ${who}, your ${name} password appeared in a data breach on another site. Change it here: ${link}`,
      };
    case 'try_provider_configuration_email':
      return {
        subject: 'Test email from Auth0',
        text: `This is a test email sent through the ${name} tenant's custom email provider.`,
      };
    case 'organization_invitation':
      return {
        subject: `You have been invited to join ${name}`,
        text: `Hi, you have been invited to join ${name}. Accept the invitation here: ${link}`,
      };
  }
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The HTML part of the same email: the text, escaped, its link made a link. */
export function emailHtml(text: string): string {
  const escaped = text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] as string);
  return `<p>${escaped.replace(/(https:\/\/\S+)/g, '<a href="$1">$1</a>')}</p>`;
}
