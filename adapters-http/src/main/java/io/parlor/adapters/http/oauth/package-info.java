/**
 * A client of external OAuth 2.0 / OpenID Connect identity providers (Kakao, Google, any
 * compliant provider) for the social-login use cases: the authorization-code flow with the
 * client secret, over the JDK's HTTP client.
 */
@SecondaryAdapter
package io.parlor.adapters.http.oauth;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
