/**
 * What the chat use cases need from the outside: storage of rooms, of each room's message
 * timeline and of read marks, attachment metadata and bytes, member names and presence.
 * Signatures use domain and JDK types only.
 */
@SecondaryPort
package io.parlor.application.chat.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
