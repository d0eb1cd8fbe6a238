package se.finsam.test;

/**
 * The entry point of finsam's assertions, in AssertJ's style: {@code FinsamAssertions.assertThat(split)
 * .sumsExactlyToItsTotal().followsTheStatutorySplit()}. Every check calls finsam's own rule; a failure names the
 * member, the amounts and the rule (docs/testing.md).
 */
public final class FinsamAssertions {

    private FinsamAssertions() {
    }
}
