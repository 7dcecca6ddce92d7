/** Files on the local file system: the bytes of chat attachments. */
@SecondaryAdapter
package io.parlor.adapters.messaging.file;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
