/**
 * The chat use cases. Services are package-private; {@link ChatUseCases#wire} builds them all
 * from {@link ChatPorts} and {@link ChatSettings}.
 *
 * <p>Rules the use cases hold to:
 * <ul>
 *   <li>Only current members act in a room or read it (history included). Anyone else gets
 *       {@code not-room-member} (403) for a room that exists and {@code room-not-found} (404)
 *       for one that does not; room ids are random, so the difference reveals nothing that
 *       could be guessed. A former member may rejoin.</li>
 *   <li>Any current member of a group room may invite; members leave and rejoin by themselves.
 *       A direct room's two members never change ({@code direct-room-fixed}). Members added
 *       to a room must be known to {@code MemberNames}.</li>
 *   <li>Each join (invitation, rejoin) and each leave is a {@code SYSTEM} message in the room,
 *       sent in the name of the member concerned, with text {@code member-joined} or
 *       {@code member-left}; creating a room writes none. A joining member's read mark moves
 *       to its own join notice, so earlier history is readable but not unread.</li>
 *   <li>Unread messages are those after the reader's mark that it did not send, {@code SYSTEM}
 *       ones included.</li>
 *   <li>Members post {@code TEXT}, {@code IMAGE}, {@code FILE} and {@code TEMPLATE} (rendered
 *       text); {@code SYSTEM} is chat's own. An attachment must be the sender's own upload,
 *       and an {@code IMAGE} must show an {@code image/*}.</li>
 *   <li>An upload is at most {@link ChatSettings#maxAttachmentSize()} bytes
 *       ({@code attachment-too-large}, 413). Its uploader may download it, and so may every
 *       current member of a room where a message shows it; anyone else gets
 *       {@code attachment-not-found} (404), as for an id that does not exist.</li>
 * </ul>
 */
@Application
package io.parlor.application.chat;

import org.jmolecules.architecture.hexagonal.Application;
