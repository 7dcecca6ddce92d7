/**
 * The shared kernel: the few types every bounded context agrees on (the error model).
 * Anything context-specific belongs in its own context package.
 */
package io.parlor.domain.shared;
