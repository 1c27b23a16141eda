import { messageSignatureOf } from '../common/branded-tenant.js';
import { codeFor, linkParts } from '../common/message-link.js';
import { rendersAgain } from '../common/overridden-paths.js';
import type { CustomEmailMessageType, CustomEmailNotification } from './event-types.js';
/** The Universal Login page each linked email points to (the welcome email links to the tenant's site). */
const LINK_PATHS: Partial<Record<CustomEmailMessageType, string>> = {
  verify_email: 'email-verification',
  reset_email: 'reset-password',
  enrollment_email: 'mfa-enrollment',
  blocked_account: 'unblock',
  stolen_credentials: 'reset-password',
};

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

/** Where an email's link points: `host` the tenant's domain, `home` its site (for the welcome email). */
export function emailLink(
  type: CustomEmailMessageType,
  parts: { host: string; ticket: string; organizationId: string; home: string | undefined },
): string {
  const path = LINK_PATHS[type];
  if (type === 'organization_invitation') {
    return `https://${parts.host}/login?invitation=${parts.ticket}&organization=${parts.organizationId}`;
  }
  if (path === undefined) return parts.home ?? `https://${parts.host}`;
  return `https://${parts.host}/u/${path}?ticket=${parts.ticket}`;
}

const MESSAGE_INPUTS = ['notification.message_type', 'tenant.friendly_name', 'tenant.id', 'user.given_name'];
const RENDERED = ['notification.subject', 'notification.text', 'notification.html'];

/**
 * After overrides of the message type, the tenant's name or the user's given name, the subject, text and HTML say
 * what production would render for them (a test that sets any of the three keeps them as set, except that an
 * overridden text alone gives its HTML). A new type keeps the code and the link's host and ticket the email had.
 */
export function renderOverriddenEmail(event: Record<string, unknown>, overrides: Record<string, unknown>): void {
  const notification = event.notification as CustomEmailNotification;
  if (rendersAgain(overrides, ['notification.text'], ['notification.html'])) {
    notification.html = emailHtml(notification.text);
    return;
  }
  if (!rendersAgain(overrides, MESSAGE_INPUTS, RENDERED)) return;
  const { message_type, text: previous, to } = notification;
  const request = event.request as { hostname?: unknown } | undefined;
  const tenant = event.tenant as { home_url?: string } | undefined;
  const organization = event.organization as { id?: unknown } | undefined;
  const { host, ticket } = linkParts(previous, request?.hostname, `${String(to)}:${message_type}`);
  const link = emailLink(message_type, {
    host,
    ticket,
    organizationId: typeof organization?.id === 'string' ? organization.id : `org_${ticket.slice(0, 16)}`,
    home: tenant?.home_url,
  });
  const user = event.user as { given_name?: unknown } | undefined;
  const who = typeof user?.given_name === 'string' ? user.given_name : 'there';
  const code = codeFor(previous, `${String(to)}:${message_type}`);
  const { subject, text } = emailMessage(message_type, messageSignatureOf(event.tenant), who, code, link);
  notification.subject = subject;
  notification.text = text;
  notification.html = emailHtml(text);
}
