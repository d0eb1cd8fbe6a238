/**
 * An example of a user's own code on finsam, a finance system's quarterly invoices of the members'
 * contributions, and (in the tests) how a user proves with finsam-test that it obeys the law (docs/testing.md).
 */
@NullMarked
package se.finsam.examples.invoicing;

import org.jspecify.annotations.NullMarked;
