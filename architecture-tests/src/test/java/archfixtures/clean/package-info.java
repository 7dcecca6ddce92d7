/**
 * A small hexagon laid out the way Parlor wants it: every architecture rule must accept it.
 * The classes are shapes for the rules to read; nothing runs them.
 */
package archfixtures.clean;
