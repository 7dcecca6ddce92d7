/**
 * What the membership use cases need from the outside: storage of members, shops, customers,
 * refresh tokens and links to provider identities, short-lived one-time codes and login tickets,
 * password hashing, access-token signing, mail, external identity providers and secure
 * randomness. Signatures use domain and JDK types only.
 */
@SecondaryPort
package io.parlor.application.membership.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
