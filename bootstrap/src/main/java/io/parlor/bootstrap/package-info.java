/** The Micronaut application: wires ports to adapters by configuration and runs the server. */
package io.parlor.bootstrap;
