/**
 * What the membership use cases need from the outside: storage of members, shops, customers
 * and refresh tokens, short-lived one-time codes, password hashing, access-token signing, mail
 * and secure randomness. Signatures use domain and JDK types only.
 */
@SecondaryPort
package io.parlor.application.membership.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
