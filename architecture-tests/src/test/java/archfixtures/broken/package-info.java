/**
 * Classes that each break one architecture rule; the comment on each names the rule. Every
 * rule must report its offender here. The classes are shapes for the rules to read; nothing
 * runs them.
 */
package archfixtures.broken;
