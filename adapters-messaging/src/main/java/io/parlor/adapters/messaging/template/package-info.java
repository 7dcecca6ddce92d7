/** The template engine of shop messages: mustache.java, limited to plain placeholders. */
@SecondaryAdapter
package io.parlor.adapters.messaging.template;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
