/** The inbox endpoints and the server-sent event stream of notifications. */
@PrimaryAdapter
package io.parlor.adapters.http.notification;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
