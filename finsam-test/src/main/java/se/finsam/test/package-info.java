/**
 * For test suites that verify financing rules with finsam (docs/testing.md): {@code FinsamAssertions}, assertions
 * in AssertJ's style whose every check calls the library's own rule, and {@code FinsamGenerators}, seeded
 * generators of valid associations, plans and national documents for property tests on JUnit, and of plan
 * documents (JSON text), valid or with a chosen number of known faults.
 */
@NullMarked
package se.finsam.test;

import org.jspecify.annotations.NullMarked;
