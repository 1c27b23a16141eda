import { describe, expect, test } from '@jest/globals';
import * as lib from '@auth0-actions-mock/jest/jest-globals';
import { redirectingApi } from '../../../core/test/snapshot/flows.js';

describe("injectGlobals: false: the jest-globals entry registers the serializer on @jest/globals' expect", () => {
  test('an api, inline', () => {
    expect(redirectingApi(lib)).toMatchInlineSnapshot(`
      Api {
        "trigger": "password-reset-post-challenge",
        "calls": [
          api.redirect.encodeToken(
            {
              "expiresInSeconds": 300,
              "payload": {
                "step": "verify",
              },
              "secret": "[secret]",
            },
          ),
          api.redirect.sendUserTo(
            "https://verify.example.com/identity",
            {
              "query": {
                "session_token": "[session token]",
              },
            },
          ),
        ],
      }
    `);
  });
});
